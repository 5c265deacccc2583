package dev.workers4j.r2;

/**
 * The storage classes Cloudflare documents for R2 objects (put, multipart and the objects'
 * {@code storageClass}). A bucket's objects default to Standard.
 */
public final class R2StorageClass {
    public static final String STANDARD = "Standard";
    public static final String INFREQUENT_ACCESS = "InfrequentAccess";

    private R2StorageClass() {
    }
}
