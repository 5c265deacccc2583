package dev.workers4j.r2;

/**
 * Options of {@link R2Bucket#list(R2ListOptions)}. limit 1..1000 (default 1000; with any include,
 * R2 returns at most 100 per page).
 */
public final class R2ListOptions {
    private String prefix;
    private String delimiter;
    private String cursor;
    private String startAfter;
    private Integer limit;
    private boolean includeHttpMetadata;
    private boolean includeCustomMetadata;

    public static R2ListOptions create() {
        return new R2ListOptions();
    }

    public R2ListOptions prefix(String prefix) { this.prefix = prefix; return this; }
    public R2ListOptions delimiter(String delimiter) { this.delimiter = delimiter; return this; }
    public R2ListOptions cursor(String cursor) { this.cursor = cursor; return this; }
    public R2ListOptions startAfter(String startAfter) { this.startAfter = startAfter; return this; }
    public R2ListOptions limit(int limit) { this.limit = limit; return this; }
    public R2ListOptions includeHttpMetadata() { this.includeHttpMetadata = true; return this; }
    public R2ListOptions includeCustomMetadata() { this.includeCustomMetadata = true; return this; }

    public String prefix() { return prefix; }
    public String delimiter() { return delimiter; }
    public String cursor() { return cursor; }
    public String startAfter() { return startAfter; }
    /** The limit set, or null for R2's default. */
    public Integer limit() { return limit; }
    public boolean includesHttpMetadata() { return includeHttpMetadata; }
    public boolean includesCustomMetadata() { return includeCustomMetadata; }
}
