package dev.workers4j.r2;

import java.util.Collections;
import java.util.List;

/** One page of a list: objects and delimited prefixes, and the cursor of the next page when truncated. */
public final class R2Objects {
    private final List<R2Object> objects;
    private final boolean truncated;
    private final String cursor;
    private final List<String> delimitedPrefixes;

    public R2Objects(List<R2Object> objects, boolean truncated, String cursor, List<String> delimitedPrefixes) {
        this.objects = Collections.unmodifiableList(objects);
        this.truncated = truncated;
        this.cursor = cursor;
        this.delimitedPrefixes = Collections.unmodifiableList(delimitedPrefixes);
    }

    public List<R2Object> objects() { return objects; }
    public boolean truncated() { return truncated; }
    /** The next page's cursor, or null when not truncated. */
    public String cursor() { return cursor; }
    public List<String> delimitedPrefixes() { return delimitedPrefixes; }
}
