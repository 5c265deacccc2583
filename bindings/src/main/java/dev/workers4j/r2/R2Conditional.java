package dev.workers4j.r2;

/**
 * Preconditions of a get or put (R2's onlyIf). etagMatches compares strongly, etagDoesNotMatch
 * weakly; both take a plain etag (unquoted) or "*". Times are epoch millis; -1 is unset.
 */
public final class R2Conditional {
    private String etagMatches;
    private String etagDoesNotMatch;
    private long uploadedBefore = -1;
    private long uploadedAfter = -1;

    public static R2Conditional create() {
        return new R2Conditional();
    }

    public R2Conditional etagMatches(String etag) {
        this.etagMatches = etag;
        return this;
    }

    public R2Conditional etagDoesNotMatch(String etag) {
        this.etagDoesNotMatch = etag;
        return this;
    }

    public R2Conditional uploadedBefore(long epochMillis) {
        this.uploadedBefore = epochMillis;
        return this;
    }

    public R2Conditional uploadedAfter(long epochMillis) {
        this.uploadedAfter = epochMillis;
        return this;
    }

    public String etagMatches() { return etagMatches; }
    public String etagDoesNotMatch() { return etagDoesNotMatch; }
    public long uploadedBefore() { return uploadedBefore; }
    public long uploadedAfter() { return uploadedAfter; }
}
