package dev.workers4j.runtime.js.crypto;

import dev.workers4j.crypto.CryptoException;
import dev.workers4j.crypto.CryptoProvider;
import dev.workers4j.crypto.Encoding;
import dev.workers4j.crypto.Sha256Hasher;
import dev.workers4j.runtime.js.JsAwait;
import dev.workers4j.runtime.js.JsException;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * The workerd provider behind {@link dev.workers4j.crypto.Crypto}: WebCrypto. Digests and RSA
 * verification are Promises ({@code crypto.subtle.digest}, {@code importKey}, {@code verify}) on
 * which the green thread suspends through {@link JsAwait}; random bytes and UUIDs are synchronous
 * ({@code crypto.getRandomValues}, {@code crypto.randomUUID}).
 *
 * <p>Incremental SHA-256 uses workerd's non-standard {@code crypto.DigestStream} (a WritableStream
 * that hashes what is written to it): each chunk is copied into a Uint8Array and written; the
 * writer's backpressure is honoured by awaiting {@code writer.ready} only when the queue is full.
 * Where {@code crypto.DigestStream} is missing, chunks are accumulated and hashed at the end with
 * {@code crypto.subtle.digest} ({@link #description()} says which mode is in use).
 *
 * <p>Compiled only by TeaVM. Every JS body here returns a Promise (never throws synchronously),
 * and a rejection becomes a {@link CryptoException} keeping the JS message.
 */
public final class JsCryptoProvider implements CryptoProvider {
    /** crypto.getRandomValues refuses more than 65536 bytes per call. */
    private static final int RANDOM_CHUNK = 65536;

    private final boolean digestStream = hasDigestStream();

    @Override
    public String description() {
        return "workerd WebCrypto (crypto.subtle; SHA-256 streams: "
                + (digestStream ? "crypto.DigestStream" : "accumulated, then crypto.subtle.digest") + ")";
    }

    @Override
    public byte[] sha256(byte[] data) {
        return bytesOf(await(subtleDigest(Int8Array.copyFromJavaArray(data)), "SHA-256"));
    }

    @Override
    public Sha256Hasher newSha256() {
        return digestStream ? new StreamHasher() : new AccumulatingHasher();
    }

    @Override
    public RsaVerifier importRs256(byte[] modulus, byte[] exponent) {
        JSObject key = await(importRsaKey(Encoding.base64Url(modulus), Encoding.base64Url(exponent)), "JWK: RSA key import");
        return (signingInput, signature) -> isTrue(await(
                verify(key, Int8Array.copyFromJavaArray(signature), Int8Array.copyFromJavaArray(signingInput)),
                "RS256 verification"));
    }

    @Override
    public void randomBytes(byte[] target) {
        for (int offset = 0; offset < target.length; offset += RANDOM_CHUNK) {
            int length = Math.min(RANDOM_CHUNK, target.length - offset);
            byte[] chunk = randomValues(length).copyToJavaArray();
            System.arraycopy(chunk, 0, target, offset, length);
        }
    }

    @Override
    public String randomUuid() {
        return randomUuidJs();
    }

    private static <T> T await(JSPromise<T> promise, String what) {
        try {
            return JsAwait.await(promise);
        } catch (JsException e) {
            throw new CryptoException(what + " failed: " + e.getMessage(), e);
        }
    }

    private static byte[] bytesOf(ArrayBuffer buffer) {
        return new Int8Array(buffer).copyToJavaArray();
    }

    private static Int8Array copyOf(byte[] chunk, int offset, int length) {
        if (offset < 0 || length < 0 || offset + length > chunk.length) {
            throw new IndexOutOfBoundsException("chunk range " + offset + "+" + length + " outside " + chunk.length);
        }
        if (offset == 0 && length == chunk.length) {
            return Int8Array.copyFromJavaArray(chunk);
        }
        byte[] part = new byte[length];
        System.arraycopy(chunk, offset, part, 0, length);
        return Int8Array.copyFromJavaArray(part);
    }

    private abstract static class SpentCheck implements Sha256Hasher {
        private boolean done;

        final void checkOpen() {
            if (done) {
                throw new IllegalStateException("this SHA-256 hasher has already produced its digest");
            }
        }

        final void finish() {
            checkOpen();
            done = true;
        }
    }

    /** Writes each chunk into a crypto.DigestStream. */
    private static final class StreamHasher extends SpentCheck {
        private final JSObject state = newDigestStream();

        @Override
        public Sha256Hasher update(byte[] chunk, int offset, int length) {
            checkOpen();
            if (length > 0 && write(state, copyOf(chunk, offset, length))) {
                await(ready(state), "SHA-256 stream");
            }
            return this;
        }

        @Override
        public byte[] digest() {
            finish();
            return bytesOf(await(close(state), "SHA-256 stream"));
        }
    }

    /** Keeps the chunks and hashes them once, where crypto.DigestStream is missing. */
    private static final class AccumulatingHasher extends SpentCheck {
        private byte[] buffer = new byte[1024];
        private int size;

        @Override
        public Sha256Hasher update(byte[] chunk, int offset, int length) {
            checkOpen();
            if (offset < 0 || length < 0 || offset + length > chunk.length) {
                throw new IndexOutOfBoundsException("chunk range " + offset + "+" + length + " outside " + chunk.length);
            }
            if (size + length > buffer.length) {
                int capacity = buffer.length;
                while (capacity < size + length) {
                    capacity *= 2;
                }
                byte[] grown = new byte[capacity];
                System.arraycopy(buffer, 0, grown, 0, size);
                buffer = grown;
            }
            System.arraycopy(chunk, offset, buffer, size, length);
            size += length;
            return this;
        }

        @Override
        public byte[] digest() {
            finish();
            byte[] all = new byte[size];
            System.arraycopy(buffer, 0, all, 0, size);
            buffer = null;
            return bytesOf(await(subtleDigest(Int8Array.copyFromJavaArray(all)), "SHA-256"));
        }
    }

    @JSBody(script = "return typeof crypto.DigestStream === 'function';")
    private static native boolean hasDigestStream();

    @JSBody(params = "data", script = "try { return crypto.subtle.digest('SHA-256', data); }"
            + " catch (e) { return Promise.reject(e); }")
    private static native JSPromise<ArrayBuffer> subtleDigest(Int8Array data);

    @JSBody(script = "var s = new crypto.DigestStream('SHA-256');"
            + " return { stream: s, writer: s.getWriter(), error: null };")
    private static native JSObject newDigestStream();

    /** Queues the chunk; true when the writer's queue is full (the caller should await ready). */
    @JSBody(params = {"state", "chunk"}, script = "var bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);"
            + " state.writer.write(bytes).catch(function(e) { if (!state.error) { state.error = e; } });"
            + " var room = state.writer.desiredSize; return room !== null && room <= 0;")
    private static native boolean write(JSObject state, Int8Array chunk);

    @JSBody(params = "state", script = "return state.error ? Promise.reject(state.error) : state.writer.ready;")
    private static native JSPromise<JSObject> ready(JSObject state);

    @JSBody(params = "state", script = "if (state.error) { return Promise.reject(state.error); }"
            + " return state.writer.close().then(function() { return state.stream.digest; },"
            + " function(e) { return Promise.reject(state.error || e); });")
    private static native JSPromise<ArrayBuffer> close(JSObject state);

    @JSBody(params = {"n", "e"}, script = "try { return crypto.subtle.importKey('jwk',"
            + " { kty: 'RSA', n: n, e: e, alg: 'RS256', ext: true },"
            + " { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['verify']); }"
            + " catch (e2) { return Promise.reject(e2); }")
    private static native JSPromise<JSObject> importRsaKey(String n, String e);

    @JSBody(params = {"key", "signature", "data"}, script = "try { return crypto.subtle.verify('RSASSA-PKCS1-v1_5',"
            + " key, signature, data); } catch (e) { return Promise.reject(e); }")
    private static native JSPromise<JSObject> verify(JSObject key, Int8Array signature, Int8Array data);

    @JSBody(params = "value", script = "return value === true;")
    private static native boolean isTrue(JSObject value);

    @JSBody(params = "length", script = "return crypto.getRandomValues(new Int8Array(length));")
    private static native Int8Array randomValues(int length);

    @JSBody(script = "return crypto.randomUUID();")
    private static native String randomUuidJs();
}
