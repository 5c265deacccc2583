package dev.workers4j.log;

/** Where log lines go. */
public interface LogSink {
    void info(String message);

    void warn(String message);

    void error(String message, Throwable error);
}
