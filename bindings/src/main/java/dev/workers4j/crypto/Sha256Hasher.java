package dev.workers4j.crypto;

/**
 * SHA-256 over a stream of chunks: {@link #update} any number of times, then {@link #digest()}
 * once. The chunk bytes are copied (or hashed) at once, so the caller may reuse its buffer. After
 * {@code digest()} the hasher is spent: any further call throws {@link IllegalStateException}.
 *
 * <p>In workerd both calls may suspend the green thread (crypto.DigestStream writes and its digest
 * Promise), so use it inside a handler, not in a Worker's constructor.
 */
public interface Sha256Hasher {
    default Sha256Hasher update(byte[] chunk) {
        return update(chunk, 0, chunk.length);
    }

    Sha256Hasher update(byte[] chunk, int offset, int length);

    /** The 32-byte digest of everything given to {@link #update}. */
    byte[] digest();
}
