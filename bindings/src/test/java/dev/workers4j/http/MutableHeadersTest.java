package dev.workers4j.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class MutableHeadersTest {
    @Test
    void namesAreCaseInsensitiveAndValuesOrdered() {
        MutableHeaders headers = new MutableHeaders().append("Set-Cookie", "a=1").append("set-cookie", "b=2");
        assertEquals("a=1", headers.get("SET-COOKIE"));
        assertEquals(List.of("a=1", "b=2"), headers.getAll("Set-Cookie"));
        headers.set("SET-cookie", "c=3");
        assertEquals(List.of("c=3"), headers.getAll("set-cookie"));
        headers.delete("Set-Cookie");
        assertFalse(headers.has("set-cookie"));
        assertNull(headers.get("set-cookie"));
    }

    @Test
    void refusesWhatTheFetchApiRefuses() {
        MutableHeaders headers = new MutableHeaders();
        assertThrows(IllegalArgumentException.class, () -> headers.set("bad name", "x"));
        assertThrows(IllegalArgumentException.class, () -> headers.set("x-split", "a\r\nInjected: yes"));
        assertThrows(IllegalArgumentException.class, () -> headers.set("", "x"));
    }
}
