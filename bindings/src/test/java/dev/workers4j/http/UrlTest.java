package dev.workers4j.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class UrlTest {
    @Test
    void splitsOriginPathAndQuery() {
        Url url = Url.parse("https://example.com:8443/a/b?x=1&y=two#frag");
        assertEquals("https://example.com:8443", url.origin());
        assertEquals("/a/b", url.path());
        assertEquals("x=1&y=two", url.rawQuery());
        assertEquals("two", url.query("y"));
    }

    @Test
    void missingPathIsRootAndQueryMayFollowTheHost() {
        assertEquals("/", Url.parse("http://h").path());
        Url url = Url.parse("http://h?q=1");
        assertEquals("/", url.path());
        assertEquals("1", url.query("q"));
    }

    @Test
    void originRelativeUrlsReadAsLocalhost() {
        assertEquals("http://localhost", Url.parse("/x").origin());
    }

    @Test
    void queryDecodingFollowsUrlSearchParams() {
        Url url = Url.parse("http://h/?a=1+2&a=%E2%82%AC&b&c=%zz&=empty");
        assertEquals(List.of("1 2", "€"), url.queryAll("a"));
        assertEquals("", url.query("b"));
        assertEquals("%zz", url.query("c"), "a malformed escape stays as text");
        assertEquals("empty", url.query(""));
        assertNull(url.query("missing"));
    }

    @Test
    void rejectsWhatIsNotAUrl() {
        assertThrows(IllegalArgumentException.class, () -> Url.parse("no-scheme"));
    }
}
