package dev.workers4j.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PerIsolateTest {
    @Test
    void buildsOnceFromTheFirstEnv() {
        AtomicInteger built = new AtomicInteger();
        PerIsolate<String, StringBuilder> service = PerIsolate.of(env -> {
            built.incrementAndGet();
            return new StringBuilder(env);
        });
        StringBuilder first = service.get("first");
        assertSame(first, service.get("second"));
        assertEquals("first", first.toString());
        assertEquals(1, built.get());
    }
}
