package dev.workers4j.ingest.assets;

/**
 * A fetched asset, hashed: its SHA-256 (lower-case hex), size, the response's media type and file
 * name (either may be null), and its bytes: held in memory when they fit in one part
 * ({@code bytes}), else staged in R2 at {@code stagedKey}.
 */
record Downloaded(String sha256, long size, String mediaType, String fileName, byte[] bytes, String stagedKey) {
    boolean staged() {
        return stagedKey != null;
    }
}
