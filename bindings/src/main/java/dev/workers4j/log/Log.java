package dev.workers4j.log;

/**
 * The framework's log. In workerd lines go to console (where wrangler tail and the dashboard
 * read them) and errors keep their JS stack, source-mapped to Java lines; on the JVM they go to
 * stderr or to whatever sink a test installs.
 */
public final class Log {
    private static LogSink sink = new StderrSink();

    private Log() {
    }

    /** Replaces where log lines go; the workerd runtime and test harness call it at start. */
    public static void install(LogSink newSink) {
        sink = newSink;
    }

    public static void info(String message) {
        sink.info(message);
    }

    public static void warn(String message) {
        sink.warn(message);
    }

    public static void error(String message, Throwable error) {
        sink.error(message, error);
    }

    private static final class StderrSink implements LogSink {
        @Override
        public void info(String message) {
            System.err.println("INFO " + message);
        }

        @Override
        public void warn(String message) {
            System.err.println("WARN " + message);
        }

        @Override
        public void error(String message, Throwable error) {
            System.err.println("ERROR " + message);
            if (error != null) {
                error.printStackTrace();
            }
        }
    }
}
