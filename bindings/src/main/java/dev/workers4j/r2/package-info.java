/**
 * R2 buckets ([[r2_buckets]] in wrangler.toml), as Cloudflare's R2 Workers API has them:
 * {@code env.r2("BUCKET")} gives an {@link dev.workers4j.r2.R2Bucket}.
 *
 * <pre>{@code
 * R2Bucket bucket = c.env().r2("BUCKET");
 * bucket.put("reports/2024.csv", csv, R2PutOptions.create()
 *         .httpMetadata(R2HttpMetadata.contentType("text/csv"))
 *         .customMetadata("owner", "ops"));
 * R2Object report = bucket.get("reports/2024.csv");          // null when missing
 * R2Object head = bucket.get("reports/2024.csv", R2GetOptions.create()
 *         .onlyIf(R2Conditional.create().etagDoesNotMatch(etag))); // hasBody() false: not modified
 * R2Object asked = bucket.get(key, R2GetOptions.create()      // the client's If-None-Match, Range...
 *         .onlyIf(c.req().headers()).range(c.req().headers()));
 * String cursor = null;
 * do {                                                       // pages of at most 1000
 *     R2ListOptions options = R2ListOptions.create().prefix("reports/").delimiter("/");
 *     if (cursor != null) options.cursor(cursor);
 *     R2Objects page = bucket.list(options);
 *     ...page.objects(), page.delimitedPrefixes()...
 *     cursor = page.truncated() ? page.cursor() : null;
 * } while (cursor != null);
 *
 * // Streaming: in workerd these bodies stay ReadableStreams and never enter Java.
 * bucket.put("uploads/" + id, c.req().bodyStream(), options);  // needs a Content-Length
 * R2Object video = bucket.get("uploads/" + id);
 * return Response.of(200, video.writeHttpMetadata(new MutableHeaders()), video.body());
 * }</pre>
 *
 * <p>In workerd the calls suspend the invocation's green thread on the binding
 * ({@code dev.workers4j.runtime.js.JsR2Bucket}); on the JVM, tests bind
 * {@code dev.workers4j.testing.r2.InMemoryR2Bucket}, which behaves as miniflare's local R2 (md5 etags,
 * list order by UTF-8 bytes, cursors, onlyIf rules, multipart checks). {@code workers/r2-parity}
 * plays the same scenarios on both. Invalid keys (empty, over 1024 bytes of UTF-8), list limits
 * outside 1..1000, more than 1000 keys in one delete and quoted etags in onlyIf are refused in Java
 * before any I/O, with the same {@link dev.workers4j.r2.R2Exception} on both runtimes; so are the
 * calls workerd refuses before any request (negative ranges, malformed checksums and SSE-C keys,
 * part numbers outside 1..10,000), as {@link dev.workers4j.r2.R2InvalidArgumentException} with
 * workerd's message.
 */
package dev.workers4j.r2;
