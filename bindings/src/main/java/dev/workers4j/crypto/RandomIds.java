package dev.workers4j.crypto;

import java.util.UUID;

/**
 * Random UUIDs from the runtime's secure source: crypto.randomUUID() in workerd (installed by the
 * workerd runtime), SecureRandom on the JVM.
 */
public final class RandomIds {
    /** Makes one random (version 4) UUID string. */
    @FunctionalInterface
    public interface Source {
        String randomUuid();
    }

    private static Source source = () -> UUID.randomUUID().toString();

    private RandomIds() {
    }

    public static void install(Source newSource) {
        source = newSource;
    }

    public static String uuid() {
        return source.randomUuid();
    }
}
