package dev.workers4j.testing;

/** The platform's bound on queue delays. */
final class RetryDelay {
    static final int MAX_SECONDS = 43_200;

    private RetryDelay() {
    }

    static int check(int delaySeconds) {
        if (delaySeconds < 0 || delaySeconds > MAX_SECONDS) {
            throw new IllegalArgumentException("delaySeconds must be within 0.." + MAX_SECONDS + ", was " + delaySeconds);
        }
        return delaySeconds;
    }
}
