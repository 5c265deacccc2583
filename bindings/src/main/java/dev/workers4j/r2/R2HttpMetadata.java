package dev.workers4j.r2;

import java.util.Objects;

/**
 * The HTTP headers stored with an object. Immutable; unset fields are null. cacheExpiry is epoch
 * millis (the JS API's Date), written as the Expires header by writeHttpMetadata.
 */
public final class R2HttpMetadata {
    public static final R2HttpMetadata EMPTY = new R2HttpMetadata(null, null, null, null, null, null);

    private final String contentType;
    private final String contentDisposition;
    private final String contentEncoding;
    private final String contentLanguage;
    private final String cacheControl;
    private final Long cacheExpiry;

    public R2HttpMetadata(String contentType, String contentDisposition, String contentEncoding,
            String contentLanguage, String cacheControl) {
        this(contentType, contentDisposition, contentEncoding, contentLanguage, cacheControl, null);
    }

    public R2HttpMetadata(String contentType, String contentDisposition, String contentEncoding,
            String contentLanguage, String cacheControl, Long cacheExpiry) {
        this.contentType = contentType;
        this.contentDisposition = contentDisposition;
        this.contentEncoding = contentEncoding;
        this.contentLanguage = contentLanguage;
        this.cacheControl = cacheControl;
        this.cacheExpiry = cacheExpiry;
    }

    public static R2HttpMetadata contentType(String contentType) {
        return EMPTY.withContentType(contentType);
    }

    public String contentType() { return contentType; }
    public String contentDisposition() { return contentDisposition; }
    public String contentEncoding() { return contentEncoding; }
    public String contentLanguage() { return contentLanguage; }
    public String cacheControl() { return cacheControl; }
    /** When caches should consider the object stale, epoch millis; null when unset. */
    public Long cacheExpiry() { return cacheExpiry; }

    public R2HttpMetadata withContentType(String v) {
        return new R2HttpMetadata(v, contentDisposition, contentEncoding, contentLanguage, cacheControl, cacheExpiry);
    }

    public R2HttpMetadata withContentDisposition(String v) {
        return new R2HttpMetadata(contentType, v, contentEncoding, contentLanguage, cacheControl, cacheExpiry);
    }

    public R2HttpMetadata withContentEncoding(String v) {
        return new R2HttpMetadata(contentType, contentDisposition, v, contentLanguage, cacheControl, cacheExpiry);
    }

    public R2HttpMetadata withContentLanguage(String v) {
        return new R2HttpMetadata(contentType, contentDisposition, contentEncoding, v, cacheControl, cacheExpiry);
    }

    public R2HttpMetadata withCacheControl(String v) {
        return new R2HttpMetadata(contentType, contentDisposition, contentEncoding, contentLanguage, v, cacheExpiry);
    }

    public R2HttpMetadata withCacheExpiry(Long epochMillis) {
        return new R2HttpMetadata(contentType, contentDisposition, contentEncoding, contentLanguage, cacheControl,
                epochMillis);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof R2HttpMetadata)) {
            return false;
        }
        R2HttpMetadata m = (R2HttpMetadata) o;
        return Objects.equals(contentType, m.contentType) && Objects.equals(contentDisposition, m.contentDisposition)
                && Objects.equals(contentEncoding, m.contentEncoding)
                && Objects.equals(contentLanguage, m.contentLanguage) && Objects.equals(cacheControl, m.cacheControl)
                && Objects.equals(cacheExpiry, m.cacheExpiry);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contentType, contentDisposition, contentEncoding, contentLanguage, cacheControl,
                cacheExpiry);
    }

    @Override
    public String toString() {
        return "R2HttpMetadata(contentType=" + contentType + ", contentDisposition=" + contentDisposition
                + ", contentEncoding=" + contentEncoding + ", contentLanguage=" + contentLanguage
                + ", cacheControl=" + cacheControl + ", cacheExpiry=" + cacheExpiry + ")";
    }
}
