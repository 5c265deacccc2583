package dev.workers4j.testing.r2;

import dev.workers4j.http.Headers;
import dev.workers4j.r2.R2Conditional;
import dev.workers4j.r2.R2Validation;
import java.util.List;

/**
 * An onlyIf as R2 evaluates it, whether it came as an {@link R2Conditional} or as request
 * headers: etag lists (strong, weak, wildcard), upload-time bounds, and whether times compare to
 * the second (they do for headers, which carry whole seconds). Evaluation is miniflare's
 * (_testR2Conditional): If-Match strong, If-None-Match weak, strict time comparisons, and a
 * matching etag overriding the time condition it pairs with.
 */
final class Precondition {
    private final List<EtagCondition> etagMatches;
    private final List<EtagCondition> etagDoesNotMatch;
    private final Long uploadedBefore;
    private final Long uploadedAfter;
    private final boolean secondsGranularity;

    private Precondition(List<EtagCondition> etagMatches, List<EtagCondition> etagDoesNotMatch, Long uploadedBefore,
            Long uploadedAfter, boolean secondsGranularity) {
        this.etagMatches = etagMatches;
        this.etagDoesNotMatch = etagDoesNotMatch;
        this.uploadedBefore = uploadedBefore;
        this.uploadedAfter = uploadedAfter;
        this.secondsGranularity = secondsGranularity;
    }

    /** An R2Conditional as workerd sends it: each etag as given ("*" the wildcard), quoted ones refused. */
    static Precondition of(R2Conditional c) {
        R2Validation.conditional("onlyIf", c);
        return new Precondition(single(c.etagMatches()), single(c.etagDoesNotMatch()),
                c.uploadedBefore() < 0 ? null : c.uploadedBefore(),
                c.uploadedAfter() < 0 ? null : c.uploadedAfter(), false);
    }

    /** Request headers as workerd reads them: If-Match, If-None-Match, If-Modified-Since, If-Unmodified-Since. */
    static Precondition of(Headers headers) {
        String ifMatch = HeaderValues.get(headers, "if-match");
        String ifNoneMatch = HeaderValues.get(headers, "if-none-match");
        String ifModifiedSince = HeaderValues.get(headers, "if-modified-since");
        String ifUnmodifiedSince = HeaderValues.get(headers, "if-unmodified-since");
        return new Precondition(
                ifMatch == null ? null : EtagCondition.parseHeader(ifMatch, "if-match"),
                ifNoneMatch == null ? null : EtagCondition.parseHeader(ifNoneMatch, "if-none-match"),
                ifUnmodifiedSince == null ? null : HeaderValues.date(ifUnmodifiedSince),
                ifModifiedSince == null ? null : HeaderValues.date(ifModifiedSince), true);
    }

    private static List<EtagCondition> single(String etag) {
        return etag == null ? null : List.of(EtagCondition.ofValue(etag));
    }

    /** Whether the operation may go ahead on an object with this etag and upload time. */
    boolean holds(String etag, long uploaded) {
        boolean ifMatch = etagMatches == null || EtagCondition.includes(etagMatches, etag, false);
        boolean ifNoneMatch = etagDoesNotMatch == null || !EtagCondition.includes(etagDoesNotMatch, etag, true);
        long lastModified = truncate(uploaded);
        boolean ifModifiedSince = uploadedAfter == null || truncate(uploadedAfter) < lastModified
                || (etagDoesNotMatch != null && ifNoneMatch);
        boolean ifUnmodifiedSince = uploadedBefore == null || lastModified < truncate(uploadedBefore)
                || (etagMatches != null && ifMatch);
        return ifMatch && ifNoneMatch && ifModifiedSince && ifUnmodifiedSince;
    }

    /** Whether the operation may go ahead where there is no object: only without If-Match and If-Modified-Since. */
    boolean holdsForMissing() {
        return etagMatches == null && uploadedAfter == null;
    }

    private long truncate(long millis) {
        return secondsGranularity ? Math.floorDiv(millis, 1000L) * 1000L : millis;
    }
}
