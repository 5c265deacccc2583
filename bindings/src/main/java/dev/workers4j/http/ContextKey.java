package dev.workers4j.http;

/**
 * A typed key for request-scoped values ({@link Context#set}, {@link Context#get}). Keys compare
 * by identity: declare each once as a constant.
 */
public final class ContextKey<T> {
    private final String name;

    private ContextKey(String name) {
        this.name = name;
    }

    public static <T> ContextKey<T> named(String name) {
        return new ContextKey<>(name);
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return "ContextKey(" + name + ")";
    }
}
