package dev.workers4j.http;

import java.util.Arrays;

/** A {@link BodyStream} over bytes already in memory: the JVM fakes' bodies, and Java-made ones. */
final class BytesBodyStream extends BodyStream {
    private final byte[] bytes;
    private int position;

    BytesBodyStream(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public long length() {
        return bytes.length;
    }

    @Override
    protected byte[] nextChunk() {
        if (position >= bytes.length) {
            return null;
        }
        int end = (int) Math.min((long) position + CHUNK_SIZE, bytes.length);
        byte[] chunk = Arrays.copyOfRange(bytes, position, end);
        position = end;
        return chunk;
    }

    @Override
    protected byte[] readWhole() {
        byte[] rest = position == 0 ? bytes.clone() : Arrays.copyOfRange(bytes, position, bytes.length);
        position = bytes.length;
        return rest;
    }
}
