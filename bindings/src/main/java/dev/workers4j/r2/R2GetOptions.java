package dev.workers4j.r2;

/** Options of {@link R2Bucket#get(String, R2GetOptions)}: a byte range and preconditions. */
public final class R2GetOptions {
    private R2Range range;
    private R2Conditional onlyIf;

    public static R2GetOptions create() {
        return new R2GetOptions();
    }

    public R2GetOptions range(R2Range range) {
        this.range = range;
        return this;
    }

    public R2GetOptions onlyIf(R2Conditional onlyIf) {
        this.onlyIf = onlyIf;
        return this;
    }

    public R2Range range() { return range; }
    public R2Conditional onlyIf() { return onlyIf; }
}
