package dev.workers4j.testing.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.workers4j.fetch.OutboundException;
import dev.workers4j.http.BodyStream;
import dev.workers4j.http.MutableHeaders;
import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.testing.OutboundRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for the Shopify Admin GraphQL API, speaking as much of it as the bulk sync
 * uses, written from Shopify's documentation: {@code bulkOperationRunQuery} starts an operation
 * over the orders its query's {@code updated_at} filter selects, {@code node(id:)} reports the
 * operation's status (RUNNING for a configurable number of polls, then COMPLETED with a result
 * {@code url}, or FAILED with an {@code errorCode}), and the result is a JSONL file generated from
 * a seed ({@link ShopifyDataset}), served with Range support. Faults on demand: throttling
 * (GraphQL THROTTLED with a throttle status, or HTTP 429), {@code OPERATION_IN_PROGRESS}, a
 * failed operation, a download cut midway.
 *
 * <p>It answers workerd over HTTP on 127.0.0.1 and the JVM harness in process through outbound
 * rules ({@link #answer(OutboundRules)}). It never ships in a Worker bundle (test-harness only).
 */
public final class ShopifyStandIn implements AutoCloseable {
    public static final String ACCESS_TOKEN = "local-stand-in-token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern UPDATED_FROM = Pattern.compile("updated_at:>='?([0-9TZ:.+-]+)'?");
    private static final Pattern UPDATED_TO = Pattern.compile("updated_at:<'?([0-9TZ:.+-]+)'?");
    private static final Pattern PATH = Pattern.compile("^/admin/api/([0-9]{4}-[0-9]{2}|unstable)/graphql\\.json$");

    private final HttpServer server;
    private final String origin;
    private final Path work;
    private final Map<String, Operation> operations = new ConcurrentHashMap<>();
    private final AtomicInteger nextOperation = new AtomicInteger(1);
    private final AtomicInteger graphqlRequests = new AtomicInteger();
    private volatile ShopifyDataset dataset = ShopifyDataset.of(42, 500);
    private volatile int pollsUntilDone = 1;
    private volatile String failWith;
    private final AtomicInteger throttleNext = new AtomicInteger();
    private final AtomicInteger http429Next = new AtomicInteger();
    private final AtomicInteger inProgressNext = new AtomicInteger();
    private final AtomicInteger cutDownloadsNext = new AtomicInteger();
    private volatile double cutFraction = 1.0 / 3;

    /** One bulk operation: its result file and totals once created, and how often it was polled. */
    private static final class Operation {
        final String id;
        final Path file;
        final ShopifyDataset.Totals totals;
        final AtomicInteger polls = new AtomicInteger();

        Operation(String id, Path file, ShopifyDataset.Totals totals) {
            this.id = id;
            this.file = file;
            this.totals = totals;
        }
    }

    private ShopifyStandIn(HttpServer server) throws IOException {
        this.server = server;
        this.origin = "http://127.0.0.1:" + server.getAddress().getPort();
        this.work = Files.createTempDirectory("shopify-stand-in");
        server.createContext("/", this::serve);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "shopify-stand-in");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    /** A stand-in on a free port of 127.0.0.1. */
    public static ShopifyStandIn start() {
        return start(0);
    }

    public static ShopifyStandIn start(int port) {
        try {
            return new ShopifyStandIn(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64));
        } catch (IOException e) {
            throw new UncheckedIOException("the Shopify stand-in cannot listen on 127.0.0.1:" + port, e);
        }
    }

    /** The shop's origin: SHOPIFY_ADMIN_URL of an ingest Worker that syncs from it. */
    public String origin() {
        return origin;
    }

    /** The orders the next operations export. */
    public ShopifyStandIn dataset(ShopifyDataset value) {
        this.dataset = value;
        return this;
    }

    /** How many polls answer RUNNING before an operation is COMPLETED (or FAILED); default 1. */
    public ShopifyStandIn pollsUntilDone(int polls) {
        this.pollsUntilDone = polls;
        return this;
    }

    /** Operations end FAILED with this errorCode (null: they complete). */
    public ShopifyStandIn failWith(String errorCode) {
        this.failWith = errorCode;
        return this;
    }

    /** The next {@code n} GraphQL requests are THROTTLED (HTTP 200, errors[].extensions.code). */
    public ShopifyStandIn throttleNext(int n) {
        throttleNext.set(n);
        return this;
    }

    /** The next {@code n} GraphQL requests answer HTTP 429 with Retry-After. */
    public ShopifyStandIn http429Next(int n) {
        http429Next.set(n);
        return this;
    }

    /** The next {@code n} bulkOperationRunQuery calls answer userErrors OPERATION_IN_PROGRESS. */
    public ShopifyStandIn operationInProgressNext(int n) {
        inProgressNext.set(n);
        return this;
    }

    /** The next {@code n} result downloads break off after a third of the bytes asked for. */
    public ShopifyStandIn cutDownloadsNext(int n) {
        return cutDownloadsNext(n, 1.0 / 3);
    }

    /** The next {@code n} result downloads break off after this fraction of the bytes asked for. */
    public ShopifyStandIn cutDownloadsNext(int n, double fraction) {
        cutFraction = fraction;
        cutDownloadsNext.set(n);
        return this;
    }

    /** The totals of the last operation created, or null. */
    public ShopifyDataset.Totals lastTotals() {
        Operation last = operations.get(operationId(nextOperation.get() - 1));
        return last == null ? null : last.totals;
    }

    public int graphqlRequests() {
        return graphqlRequests.get();
    }

    public int operationsCreated() {
        return nextOperation.get() - 1;
    }

    /** Makes the JVM harness's outbound requests to this shop reach the stand-in in process. */
    public OutboundRules answer(OutboundRules rules) {
        return rules.on("POST", origin + "/admin/api/").respond(this::handle)
                .on("GET", origin + "/bulk-results/").respond(this::handle);
    }

    // ---- the protocol ----------------------------------------------------------------------

    /** Answers one request (in process, or from the HTTP adapter). */
    public Response handle(Request request) {
        String path = request.parsedUrl().path();
        if (request.method().equals("GET") && path.startsWith("/bulk-results/")) {
            return download(request, path.substring("/bulk-results/".length()));
        }
        if (!request.method().equals("POST") || !PATH.matcher(path).matches()) {
            return json(404, "{\"errors\":\"Not Found\"}");
        }
        graphqlRequests.incrementAndGet();
        if (!ACCESS_TOKEN.equals(request.header("x-shopify-access-token"))) {
            return json(401, "{\"errors\":\"[API] Invalid API key or access token (unrecognized login or wrong password)\"}");
        }
        if (http429Next.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            MutableHeaders headers = new MutableHeaders().set("content-type", "application/json").set("retry-after", "2.0");
            return Response.of(429, headers, "{\"errors\":\"Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.\"}"
                    .getBytes(StandardCharsets.UTF_8));
        }
        JsonNode body;
        try {
            body = JSON.readTree(request.text());
        } catch (IOException e) {
            return json(400, "{\"errors\":{\"query\":\"Required parameter missing or invalid\"}}");
        }
        String query = body.path("query").asText("");
        if (throttleNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return json(200, "{\"errors\":[{\"message\":\"Throttled\",\"extensions\":{\"code\":\"THROTTLED\",\"documentation\":"
                    + "\"https://shopify.dev/api/usage/rate-limits\"}}],\"extensions\":{\"cost\":{\"requestedQueryCost\":10,"
                    + "\"actualQueryCost\":null,\"throttleStatus\":{\"maximumAvailable\":2000.0,\"currentlyAvailable\":4,"
                    + "\"restoreRate\":100.0}}}}");
        }
        if (query.contains("bulkOperationRunQuery")) {
            return runQuery(query, body.path("variables"));
        }
        if (query.contains("node(")) {
            return poll(body.path("variables").path("id").asText(inlineId(query)));
        }
        return json(200, "{\"errors\":[{\"message\":\"the Shopify stand-in answers bulkOperationRunQuery and node(id:) only\"}]}");
    }

    private Response runQuery(String mutation, JsonNode variables) {
        if (inProgressNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return json(200, "{\"data\":{\"bulkOperationRunQuery\":{\"bulkOperation\":null,\"userErrors\":[{\"field\":null,"
                    + "\"message\":\"A bulk query operation for this app and shop is already in progress: gid://shopify/BulkOperation/1.\","
                    + "\"code\":\"OPERATION_IN_PROGRESS\"}]}}," + cost(10) + "}");
        }
        String bulkQuery = variables.hasNonNull("query") ? variables.get("query").asText() : mutation;
        Instant from = instant(UPDATED_FROM, bulkQuery);
        Instant to = instant(UPDATED_TO, bulkQuery);
        int number = nextOperation.getAndIncrement();
        String id = operationId(number);
        Path file = work.resolve("operation-" + number + ".jsonl");
        ShopifyDataset.Totals totals = dataset.write(file, from, to);
        operations.put(id, new Operation(id, file, totals));
        return json(200, "{\"data\":{\"bulkOperationRunQuery\":{\"bulkOperation\":{\"id\":\"" + id
                + "\",\"status\":\"CREATED\"},\"userErrors\":[]}}," + cost(10) + "}");
    }

    private Response poll(String id) {
        Operation operation = operations.get(id);
        if (operation == null) {
            return json(200, "{\"data\":{\"node\":null}," + cost(1) + "}");
        }
        int polls = operation.polls.incrementAndGet();
        ObjectNode node = JSON.createObjectNode().put("id", id);
        if (polls <= pollsUntilDone) {
            node.put("status", "RUNNING").putNull("errorCode").put("objectCount", String.valueOf(operation.totals.lines() / 2))
                    .putNull("url").putNull("partialDataUrl");
        } else if (failWith != null) {
            node.put("status", "FAILED").put("errorCode", failWith).put("objectCount", "0").putNull("url")
                    .putNull("partialDataUrl");
        } else {
            node.put("status", "COMPLETED").putNull("errorCode").put("objectCount", String.valueOf(operation.totals.lines()))
                    .put("fileSize", String.valueOf(operation.totals.bytes()))
                    .put("url", origin + "/bulk-results/" + id.substring(id.lastIndexOf('/') + 1) + ".jsonl")
                    .putNull("partialDataUrl");
        }
        return json(200, "{\"data\":{\"node\":" + node + "}," + cost(1) + "}");
    }

    /** The result file, whole or by a {@code Range: bytes=N-[M]}, cut off when a fault asks. */
    private Response download(Request request, String name) {
        Operation operation = operations.get(operationId(parseNumber(name.replace(".jsonl", ""))));
        if (operation == null) {
            return Response.text(404, "NoSuchKey");
        }
        long size;
        try {
            size = Files.size(operation.file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long start = 0;
        long end = size;
        int status = 200;
        String range = request.header("range");
        if (range != null && range.startsWith("bytes=")) {
            String[] bounds = range.substring(6).split("-", 2);
            start = Long.parseLong(bounds[0]);
            end = bounds.length > 1 && !bounds[1].isEmpty() ? Math.min(size, Long.parseLong(bounds[1]) + 1) : size;
            status = 206;
        }
        long length = Math.max(0, end - start);
        boolean cut = cutDownloadsNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
        MutableHeaders headers = new MutableHeaders().set("content-type", "application/jsonl")
                .set("accept-ranges", "bytes");
        if (status == 206) {
            headers.set("content-range", "bytes " + start + "-" + (end - 1) + "/" + size);
        }
        InputStream body = slice(operation.file, start, length, cut ? (long) (length * cutFraction) : -1);
        return Response.of(status, headers, BodyStream.of(body, length));
    }

    private static InputStream slice(Path file, long start, long length, long cutAfter) {
        try {
            RandomAccessFile in = new RandomAccessFile(file.toFile(), "r");
            in.seek(start);
            return new InputStream() {
                long left = length;
                long served;

                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (cutAfter >= 0 && served >= cutAfter) {
                        throw new IOException("connection reset by the Shopify stand-in (a cut download)");
                    }
                    if (left <= 0) {
                        return -1;
                    }
                    int n = in.read(b, off, (int) Math.min(len, Math.min(left, cutAfter >= 0 ? cutAfter - served : left)));
                    if (n > 0) {
                        left -= n;
                        served += n;
                    }
                    return n;
                }

                @Override
                public void close() throws IOException {
                    in.close();
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cost(int requested) {
        return "\"extensions\":{\"cost\":{\"requestedQueryCost\":" + requested + ",\"actualQueryCost\":" + requested
                + ",\"throttleStatus\":{\"maximumAvailable\":2000.0,\"currentlyAvailable\":1990,\"restoreRate\":100.0}}}";
    }

    private static Instant instant(Pattern pattern, String query) {
        Matcher m = pattern.matcher(query);
        return m.find() ? Instant.parse(m.group(1)) : null;
    }

    private static String inlineId(String query) {
        Matcher m = Pattern.compile("node\\(id:\\s*\"([^\"]+)\"").matcher(query);
        return m.find() ? m.group(1) : "";
    }

    private static String operationId(int number) {
        return "gid://shopify/BulkOperation/" + (9_000_000 + number);
    }

    private static int parseNumber(String tail) {
        try {
            return (int) (Long.parseLong(tail) - 9_000_000);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Response json(int status, String body) {
        return Response.bytes(status, body.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    // ---- the HTTP adapter ------------------------------------------------------------------

    private void serve(HttpExchange exchange) throws IOException {
        try {
            MutableHeaders headers = new MutableHeaders();
            exchange.getRequestHeaders().forEach((name, values) -> values.forEach(v -> headers.append(name, v)));
            byte[] body = exchange.getRequestBody().readAllBytes();
            Request request = new Request(exchange.getRequestMethod(), origin + exchange.getRequestURI(), headers,
                    dev.workers4j.http.BodySource.of(body));
            Response response = handle(request);
            response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            BodyStream stream = response.streamBodyOrNull();
            if (stream == null) {
                byte[] bytes = response.bytes();
                exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
                return;
            }
            exchange.sendResponseHeaders(response.status(), stream.length());
            try (OutputStream out = exchange.getResponseBody(); InputStream in = stream) {
                in.transferTo(out);
            }
        } catch (IOException | RuntimeException e) {
            exchange.close(); // a cut download: the client sees the connection end early
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
