package dev.workers4j.ingest.assets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** What an asset's source URL and response headers say about the file to fetch and its name. */
class SourceUrlsTest {
    @Test
    void aDropboxShareLinkAsksForTheFileInsteadOfItsPreviewPage() {
        assertEquals("https://www.dropbox.com/s/abc123/hero.jpg?dl=1",
                SourceUrls.downloadable("https://www.dropbox.com/s/abc123/hero.jpg?dl=0"));
        assertEquals("https://www.dropbox.com/scl/fi/xyz/clip.mp4?rlkey=k1&dl=1",
                SourceUrls.downloadable("https://www.dropbox.com/scl/fi/xyz/clip.mp4?rlkey=k1&dl=0"));
        assertEquals("https://dropbox.com/s/abc/a.png?dl=1", SourceUrls.downloadable("https://dropbox.com/s/abc/a.png"));
        assertEquals("https://www.dropbox.com/s/abc/a.png?raw=0&dl=1",
                SourceUrls.downloadable("https://www.dropbox.com/s/abc/a.png?raw=0"));
        assertEquals("https://www.dropbox.com/s/abc/a.png?dl=1",
                SourceUrls.downloadable("https://www.dropbox.com/s/abc/a.png?dl=0&dl=0"), "one dl, not two");
    }

    @Test
    void otherUrlsAreFetchedAsGiven() {
        assertEquals("https://cdn.brand.example/a.jpg?dl=0", SourceUrls.downloadable("https://cdn.brand.example/a.jpg?dl=0"));
        assertEquals("https://www.dropbox.com/home/a.jpg?dl=0", SourceUrls.downloadable("https://www.dropbox.com/home/a.jpg?dl=0"));
        assertEquals("https://notdropbox.com/s/a.jpg?dl=0", SourceUrls.downloadable("https://notdropbox.com/s/a.jpg?dl=0"));
    }

    @Test
    void theFileNameIsTheLastPathSegmentMadeSafeForAKey() {
        assertEquals("hero-shot.jpg", SourceUrls.fileName("https://cdn.example/a/hero%20shot.jpg?x=1"));
        assertEquals("caf-.png", SourceUrls.fileName("https://cdn.example/caf%C3%A9.png"));
        assertEquals("passwd", SourceUrls.fileName("https://cdn.example/..%2F..%2Fetc%2Fpasswd"));
        assertNull(SourceUrls.fileName("https://cdn.example/"));
        assertNull(SourceUrls.fileName("https://cdn.example/%2F%2F"));
        String longName = "x".repeat(300) + ".jpeg";
        String safe = SourceUrls.fileName("https://cdn.example/" + longName);
        assertEquals(SourceUrls.MAX_FILE_NAME, safe.length());
        assertEquals(".jpeg", safe.substring(safe.length() - 5));
    }

    @Test
    void contentDispositionNamesTheFileWithTheExtendedFormFirst() {
        assertEquals("Brand-Book.pdf", ContentDisposition.fileName("attachment; filename=\"Brand Book.pdf\""));
        assertEquals("r-sum-.pdf", ContentDisposition.fileName("attachment; filename=\"x.pdf\"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf"));
        assertEquals("a-b.txt", ContentDisposition.fileName("inline; filename=\"a;b.txt\""));
        assertEquals("plain.mov", ContentDisposition.fileName("attachment; filename=plain.mov"));
        assertNull(ContentDisposition.fileName("attachment"));
        assertNull(ContentDisposition.fileName(null));
    }

    @Test
    void theTypeIsTheResponsesUnlessItSaysOnlyBytes() {
        assertEquals("image/png", ContentTypes.of("image/png; charset=binary", "x.jpg"));
        assertEquals("image/jpeg", ContentTypes.of("application/octet-stream", "x.JPG"));
        assertEquals("video/quicktime", ContentTypes.of(null, "take.mov"));
        assertEquals("application/octet-stream", ContentTypes.of(null, "notes.unknown"));
    }
}
