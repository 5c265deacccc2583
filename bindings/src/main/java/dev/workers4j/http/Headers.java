package dev.workers4j.http;

import java.util.List;

/**
 * Read access to HTTP headers. Names are case-insensitive, as in the Fetch API.
 * {@link #forEach(HeaderVisitor)} visits every header with its name in lower case.
 */
public interface Headers {
    /** The first value of the header, or null when it is absent. */
    String get(String name);

    /** All values of the header, in order; empty when it is absent. */
    List<String> getAll(String name);

    default boolean has(String name) {
        return get(name) != null;
    }

    void forEach(HeaderVisitor visitor);

    /** Receives one header (lower-case name) at a time. */
    @FunctionalInterface
    interface HeaderVisitor {
        void visit(String name, String value);
    }
}
