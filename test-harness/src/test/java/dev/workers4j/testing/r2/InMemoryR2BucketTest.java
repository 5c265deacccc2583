package dev.workers4j.testing.r2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.env.MissingBindingException;
import dev.workers4j.r2.R2Conditional;
import dev.workers4j.r2.R2Exception;
import dev.workers4j.r2.R2GetOptions;
import dev.workers4j.r2.R2InvalidKeyException;
import dev.workers4j.r2.R2ListOptions;
import dev.workers4j.r2.R2Object;
import dev.workers4j.r2.R2Objects;
import dev.workers4j.r2.R2PutOptions;
import dev.workers4j.r2.R2Range;
import dev.workers4j.testing.FakeEnv;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** What the parity routes don't reach: clocks, the include cap, cursor shape, key ordering. */
class InMemoryR2BucketTest {
    private final AtomicLong now = new AtomicLong(1_700_000_000_000L);
    private final InMemoryR2Bucket bucket = new InMemoryR2Bucket(now::get);

    @Test
    void fakeEnvBindsBucketsByName() {
        FakeEnv env = new FakeEnv().r2("BUCKET", bucket);
        assertTrue(env.r2("BUCKET") == bucket);
        assertThrows(MissingBindingException.class, () -> env.r2("OTHER"));
    }

    @Test
    void uploadTimesComeFromTheClockAndConditionsCompareStrictly() {
        R2Object put = bucket.put("k", "v");
        assertEquals(now.get(), put.uploaded());
        long t = put.uploaded();
        assertFalse(get("k", R2Conditional.create().uploadedAfter(t)).hasBody(), "uploadedAfter is strict");
        assertTrue(get("k", R2Conditional.create().uploadedAfter(t - 1)).hasBody());
        assertFalse(get("k", R2Conditional.create().uploadedBefore(t)).hasBody(), "uploadedBefore is strict");
        assertTrue(get("k", R2Conditional.create().uploadedBefore(t + 1)).hasBody());
        // A matching etag overrides a failing uploadedBefore, a non-matching etagDoesNotMatch a failing uploadedAfter.
        assertTrue(get("k", R2Conditional.create().etagMatches(put.etag()).uploadedBefore(t - 5)).hasBody());
        assertTrue(get("k", R2Conditional.create().etagDoesNotMatch("other").uploadedAfter(t + 5)).hasBody());
    }

    private R2Object get(String key, R2Conditional condition) {
        return bucket.get(key, R2GetOptions.create().onlyIf(condition));
    }

    @Test
    void listCursorIsBase64OfTheLastKeyAndIncludeCapsPagesAt100() {
        for (int i = 0; i < 150; i++) {
            bucket.put(String.format("k%03d", i), "x");
        }
        R2Objects page = bucket.list(R2ListOptions.create().limit(10));
        assertEquals(10, page.objects().size());
        assertEquals("k009", new String(Base64.getDecoder().decode(page.cursor()), StandardCharsets.UTF_8));
        assertEquals(150, bucket.list().objects().size());
        R2Objects withMetadata = bucket.list(R2ListOptions.create().includeCustomMetadata());
        assertEquals(100, withMetadata.objects().size());
        assertTrue(withMetadata.truncated());
    }

    @Test
    void keysSortByUtf8BytesNotUtf16Units() {
        bucket.put("\uffff", "bmp-max");
        bucket.put("\ud83d\ude00", "emoji");   // U+1F600: after U+FFFF in UTF-8, before it in UTF-16
        List<String> keys = new ArrayList<>();
        bucket.list().objects().forEach(o -> keys.add(o.key()));
        assertEquals(List.of("\uffff", "\ud83d\ude00"), keys);
    }

    @Test
    void rangesAndErrors() {
        bucket.put("d", "0123456789");
        assertEquals("3456789", bucket.get("d", R2GetOptions.create().range(R2Range.from(3))).text());
        R2Exception e = assertThrows(R2Exception.class,
                () -> bucket.get("d", R2GetOptions.create().range(R2Range.suffix(0))));
        assertEquals(R2Exception.INVALID_RANGE, e.code());
        assertThrows(R2InvalidKeyException.class, () -> bucket.head(""));
        assertNull(bucket.put("d", "x", R2PutOptions.create().onlyIf(R2Conditional.create().etagMatches("nope"))));
        assertNotNull(bucket.put("new", "x", R2PutOptions.create().onlyIf(R2Conditional.create().uploadedBefore(1))));
    }
}
