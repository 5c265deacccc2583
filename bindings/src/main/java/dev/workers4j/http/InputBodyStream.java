package dev.workers4j.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/** A {@link BodyStream} over a java.io.InputStream, e.g. a file a test uploads. */
final class InputBodyStream extends BodyStream {
    private final InputStream in;
    private final long length;

    InputBodyStream(InputStream in, long length) {
        this.in = in;
        this.length = length;
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    protected byte[] nextChunk() {
        byte[] buffer = new byte[CHUNK_SIZE];
        try {
            int n = in.read(buffer);
            while (n == 0) {
                n = in.read(buffer);
            }
            if (n < 0) {
                in.close();
                return null;
            }
            return n == buffer.length ? buffer : Arrays.copyOf(buffer, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void cancel() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
