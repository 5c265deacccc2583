package dev.workers4j.http;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;

/**
 * A body read chunk by chunk instead of held whole: an R2 object's, a request's or a response's.
 * In workerd it wraps the platform's ReadableStream: each chunk is one {@code reader.read()}
 * (the green thread suspends until it arrives), and a stream that Java has not read yet is handed
 * to R2 or to a Response as it is, without a byte passing through Java.
 *
 * <p>A stream is used once: read it in Java ({@link #readChunk()} or the InputStream methods), or
 * hand it over (to {@code R2Bucket.put}, {@code Response.stream}, ...). A stream already partly
 * read cannot be handed over, and a handed-over stream cannot be read: both throw
 * {@link IllegalStateException}, on the JVM as in workerd.
 */
public abstract class BodyStream extends InputStream {
    /** The chunk size of streams made in Java. */
    static final int CHUNK_SIZE = 64 * 1024;

    private enum State { FRESH, READING, HANDED_OVER }

    private State state = State.FRESH;
    private String takenBy;
    private byte[] chunk;
    private int position;
    private long delivered;
    private long limit = Long.MAX_VALUE;

    /** A stream over these bytes (not copied), in chunks of 64 KiB. */
    public static BodyStream of(byte[] bytes) {
        return new BytesBodyStream(bytes);
    }

    /**
     * A stream over an InputStream, in chunks of up to 64 KiB; {@code length} is the number of
     * bytes it will give, or -1 when unknown (R2 refuses to store a stream of unknown length).
     */
    public static BodyStream of(InputStream in, long length) {
        return new InputBodyStream(in, length);
    }

    public static BodyStream empty() {
        return of(new byte[0]);
    }

    /** The body's length in bytes when known before reading (Content-Length, an R2 object's size), else -1. */
    public abstract long length();

    /** The source's next chunk, or null at the end. */
    protected abstract byte[] nextChunk();

    /** Everything the source has left, at once. Sources override it when they have a faster whole read. */
    protected byte[] readWhole() {
        ByteArrayOutputStream all = new ByteArrayOutputStream(length() > 0 && length() < Integer.MAX_VALUE
                ? (int) length() : CHUNK_SIZE);
        for (byte[] next = nextChunk(); next != null; next = nextChunk()) {
            all.write(next, 0, next.length);
        }
        return all.toByteArray();
    }

    /** Called when the stream is closed before its end (workerd cancels the ReadableStream). */
    protected void cancel() {
    }

    /** Whether Java has read from the stream. */
    public final boolean started() {
        return state == State.READING;
    }

    /**
     * The next chunk as the source delivers it (in workerd: as one {@code reader.read()} gives it),
     * or null at the end. After the InputStream methods, first what is left of their chunk.
     */
    public final byte[] readChunk() {
        begin();
        if (chunk != null && position < chunk.length) {
            byte[] rest = java.util.Arrays.copyOfRange(chunk, position, chunk.length);
            chunk = null;
            return rest;
        }
        chunk = null;
        return take();
    }

    @Override
    public final int read() {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public final int read(byte[] buffer, int offset, int length) {
        begin();
        if (length == 0) {
            return 0;
        }
        while (chunk == null || position >= chunk.length) {
            chunk = take();
            position = 0;
            if (chunk == null) {
                return -1;
            }
        }
        int n = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, buffer, offset, n);
        position += n;
        return n;
    }

    /** The rest of the body; before any read, in one piece from the source (one copy in workerd). */
    @Override
    public final byte[] readAllBytes() {
        if (state == State.FRESH) {
            begin();
            return count(readWhole());
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] next = readChunk(); next != null; next = readChunk()) {
            all.write(next, 0, next.length);
        }
        return all.toByteArray();
    }

    @Override
    public final void close() {
        if (state != State.HANDED_OVER) {
            state = State.HANDED_OVER;
            takenBy = "close()";
            cancel();
        }
    }

    /**
     * Marks the stream as taken whole by {@code taker} (e.g. "R2 put"), which then reads it
     * natively. For runtimes and fakes.
     *
     * @throws IllegalStateException when Java has read part of it, or it was taken already
     */
    public final void handOver(String taker) {
        requireUnread(taker);
        state = State.HANDED_OVER;
        takenBy = taker;
    }

    /** Checks that nothing has read or taken the stream yet, without taking it. */
    public final void requireUnread(String taker) {
        if (state == State.READING) {
            throw new IllegalStateException(taker + ": the body stream was already partly read in Java;"
                    + " hand over a stream before reading it, or pass the bytes");
        }
        if (state == State.HANDED_OVER) {
            throw new IllegalStateException(taker + ": the body stream was already taken by " + takenBy);
        }
    }

    /** {@link #handOver} for a taker that wants the bytes (the JVM fakes, and Java-made streams in workerd). */
    public final byte[] handOverBytes(String taker) {
        handOver(taker);
        return count(readWhole());
    }

    /** Sets the most bytes the stream may deliver; more raise {@link PayloadTooLargeException} (a request's body limit). */
    final BodyStream limit(long bytes) {
        this.limit = bytes;
        return this;
    }

    private void begin() {
        if (state == State.HANDED_OVER) {
            throw new IllegalStateException("the body stream was already taken by " + takenBy);
        }
        state = State.READING;
    }

    private byte[] take() {
        byte[] next = nextChunk();
        return next == null ? null : count(next);
    }

    private byte[] count(byte[] bytes) {
        delivered += bytes.length;
        if (delivered > limit) {
            throw new PayloadTooLargeException(limit);
        }
        return bytes;
    }
}
