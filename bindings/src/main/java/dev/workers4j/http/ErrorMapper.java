package dev.workers4j.http;

/**
 * Says which HTTP error an exception of type {@code T} is: its status, stable code and a message
 * safe to show a client ({@link Router#onError(Class, ErrorMapper)}).
 */
@FunctionalInterface
public interface ErrorMapper<T extends Throwable> {
    HttpException map(T error);
}
