package dev.workers4j.testing;

import dev.workers4j.log.LogSink;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** Keeps a Worker's log lines for assertions and echoes them to stderr. */
final class CapturingLog implements LogSink {
    private final List<String> lines = new ArrayList<>();

    @Override
    public synchronized void info(String message) {
        add(message);
    }

    @Override
    public synchronized void warn(String message) {
        add(message);
    }

    @Override
    public synchronized void error(String message, Throwable error) {
        add(message + (error == null ? "" : ": " + error));
        if (error != null) {
            StringWriter stack = new StringWriter();
            error.printStackTrace(new PrintWriter(stack));
            System.err.print(stack);
        }
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    synchronized void clear() {
        lines.clear();
    }

    private void add(String line) {
        lines.add(line);
        System.err.println("[worker] " + line);
    }
}
