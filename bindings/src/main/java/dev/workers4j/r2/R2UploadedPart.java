package dev.workers4j.r2;

/** A part of a multipart upload, as uploadPart answered it; complete() takes a list of them. */
public final class R2UploadedPart {
    private final int partNumber;
    private final String etag;

    public R2UploadedPart(int partNumber, String etag) {
        this.partNumber = partNumber;
        this.etag = etag;
    }

    public int partNumber() { return partNumber; }
    public String etag() { return etag; }

    @Override
    public String toString() {
        return "R2UploadedPart(" + partNumber + ", " + etag + ")";
    }
}
