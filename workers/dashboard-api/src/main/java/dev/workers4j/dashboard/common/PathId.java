package dev.workers4j.dashboard.common;

import dev.workers4j.http.Context;
import dev.workers4j.http.Validation;

/** The {@code :id} of a route's path: a positive whole number, else 400 invalid_request naming the field. */
public final class PathId {
    private PathId() {
    }

    public static long of(Context<?> c) {
        Validation v = new Validation();
        Long id = v.id("id", c.param("id"), null);
        v.throwIfInvalid();
        return id;
    }
}
