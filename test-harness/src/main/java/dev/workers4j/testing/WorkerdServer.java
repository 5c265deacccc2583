package dev.workers4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.workers4j.http.BodyStream;
import dev.workers4j.http.MutableHeaders;
import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Workers' TeaVM bundles running in real workerd, through miniflare with the bindings of each
 * Worker's wrangler.toml (build/workerd/serve.mjs). Each Worker is a {@link WorkerClient}, so the
 * assertions written for the JVM harness run unchanged against the compiled code.
 */
public final class WorkerdServer implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Set<String> RESTRICTED_HEADERS = Set.of("host", "connection", "content-length",
            "expect", "upgrade");

    private final Process process;
    private final int port;
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper mapper = new ObjectMapper();

    private WorkerdServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts workerd with the given Workers, each named by its wrangler.toml (relative to the
     * repository root). Their bundles must be built (mvn package), and node_modules installed.
     */
    /**
     * Whether this run serves each Worker's WebAssembly build ({@code -Dw4j.target=wasm}, bundles
     * built with {@code -Dworker.target=wasm}) rather than the JavaScript one: for the few
     * assertions where the two targets differ, each named where it is made.
     */
    public static boolean wasmTarget() {
        return "wasm".equals(System.getProperty("w4j.target", "").trim());
    }

    public static WorkerdServer start(String... wranglerTomls) {
        return start(Map.of(), wranglerTomls);
    }

    /**
     * {@link #start(String...)} with extra environment variables for the serving process, e.g.
     * {@code CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_<BINDING>} for a Hyperdrive binding's
     * local database.
     */
    public static WorkerdServer start(Map<String, String> environment, String... wranglerTomls) {
        Path root = RepositoryRoot.find();
        if (!Files.isDirectory(root.resolve("node_modules/miniflare"))) {
            throw new IllegalStateException("node_modules is missing: run `npm ci` in " + root);
        }
        List<String> command = new ArrayList<>(List.of(node(), "build/workerd/serve.mjs"));
        command.addAll(List.of(wranglerTomls));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
            builder.environment().put("W4J_STOP_ON_STDIN_END", "1");
            // -Dw4j.target=wasm: the same tests against each Worker's WebAssembly build
            // (target/bundle-wasm, built with -Dworker.target=wasm).
            if (wasmTarget()) {
                builder.environment().put("W4J_TARGET", "wasm");
            }
            builder.environment().putAll(environment);
            Process process = builder.start();
            BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            CompletableFuture<Integer> ready = new CompletableFuture<>();
            List<String> early = Collections.synchronizedList(new ArrayList<>());
            WorkerdServer[] self = new WorkerdServer[1];
            Thread reader = new Thread(() -> pump(lines, ready, early, self), "workerd-output");
            reader.setDaemon(true);
            reader.start();
            int port;
            try {
                port = ready.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
                throw new IllegalStateException("workerd did not start: " + String.join("\n", early), e);
            }
            WorkerdServer server = new WorkerdServer(process, port);
            server.output.addAll(early);
            self[0] = server;
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start node", e);
        }
    }

    private static void pump(BufferedReader lines, CompletableFuture<Integer> ready, List<String> early,
            WorkerdServer[] self) {
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!ready.isDone() && line.startsWith("READY ")) {
                    ready.complete(Integer.parseInt(line.substring(6).trim()));
                    continue;
                }
                System.err.println("[workerd] " + line);
                if (self[0] != null) {
                    self[0].output.add(line);
                } else {
                    early.add(line);
                }
            }
            ready.completeExceptionally(new IllegalStateException("workerd exited"));
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
    }

    private static String node() {
        String configured = System.getenv("W4J_NODE");
        return configured != null ? configured : "node";
    }

    /** The Worker named {@code name} in its wrangler.toml. */
    public WorkerClient worker(String name) {
        return new Client(name);
    }

    /**
     * The workerd processes serving the Workers (children of the node runner), e.g. to read their
     * memory from /proc in a benchmark.
     */
    public List<ProcessHandle> workerdProcesses() {
        return process.descendants().filter(p -> p.info().command().map(c -> c.contains("workerd")).orElse(false))
                .collect(java.util.stream.Collectors.toList());
    }

    /** Everything the Workers printed (console.log and friends) so far. */
    public List<String> output() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    @Override
    public void close() {
        // workerd runs as node's child: when node is killed, or its miniflare fails to dispose
        // in time, workerd lives on as an orphan. Note the whole tree first, end what is left.
        List<ProcessHandle> tree = process.descendants().collect(java.util.stream.Collectors.toList());
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        for (ProcessHandle child : tree) {
            if (child.isAlive()) {
                child.destroy();
            }
        }
    }

    private JsonNode post(String pathAndQuery, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .POST(HttpRequest.BodyPublishers.ofString(json)).header("content-type", "application/json")
                .timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString());
        try {
            JsonNode body = mapper.readTree(response.body());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("workerd control call " + pathAndQuery + " failed: " + body);
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException("request to workerd failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private final class Client implements WorkerClient {
        private final String name;

        Client(String name) {
            this.name = name;
        }

        @Override
        public Response fetch(Request request) {
            String path = request.parsedUrl().path() + (request.parsedUrl().rawQuery().isEmpty() ? ""
                    : "?" + request.parsedUrl().rawQuery());
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(30))
                    .method(request.method(), bodyOf(request))
                    .header("x-w4j-worker", name);
            request.headers().forEach((n, v) -> {
                if (!RESTRICTED_HEADERS.contains(n)) {
                    builder.header(n, v);
                }
            });
            HttpResponse<byte[]> response = send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            MutableHeaders headers = new MutableHeaders();
            response.headers().map().forEach((n, values) -> {
                if (!n.startsWith(":")) {
                    values.forEach(v -> headers.append(n, v));
                }
            });
            return Response.of(response.statusCode(), headers, response.body());
        }

        /** The body as sent: bytes with a Content-Length, or chunked when it is a stream of unknown length. */
        private HttpRequest.BodyPublisher bodyOf(Request request) {
            if (request.method().equals("GET") || request.method().equals("HEAD")) {
                return HttpRequest.BodyPublishers.noBody();
            }
            request.bodyLimit(Long.MAX_VALUE);   // the Worker's limit is for the Worker to apply
            BodyStream stream = request.bodyStream();
            if (stream.length() < 0) {
                return HttpRequest.BodyPublishers.ofInputStream(() -> stream);
            }
            return HttpRequest.BodyPublishers.ofByteArray(request.bytes());
        }

        @Override
        public QueueOutcome queue(String queueName, List<TestMessage> messages) {
            ObjectNode batch = mapper.createObjectNode().put("queue", queueName);
            ArrayNode list = batch.putArray("messages");
            for (TestMessage m : messages) {
                list.addObject().put("id", m.id()).put("body", m.body()).put("json", m.json())
                        .put("attempts", m.attempts()).put("timestampMillis", m.timestampMillis());
            }
            JsonNode result = post("/__w4j/queue?worker=" + encode(name), batch.toString());
            List<String> acked = new ArrayList<>();
            result.path("explicitAcks").forEach(id -> acked.add(id.asText()));
            Map<String, Integer> retried = new LinkedHashMap<>();
            result.path("retryMessages").forEach(r -> retried.put(r.path("msgId").asText(),
                    r.hasNonNull("delaySeconds") ? r.get("delaySeconds").asInt() : null));
            JsonNode retryBatch = result.path("retryBatch");
            return new QueueOutcome(!"ok".equals(result.path("outcome").asText()),
                    result.path("ackAll").asBoolean(), retryBatch.path("retry").asBoolean(),
                    retryBatch.hasNonNull("delaySeconds") ? retryBatch.get("delaySeconds").asInt() : null,
                    List.copyOf(acked), Collections.unmodifiableMap(retried));
        }

        @Override
        public ScheduledOutcome scheduled(String cron) {
            JsonNode result = post("/__w4j/scheduled?worker=" + encode(name) + "&cron=" + encode(cron), "{}");
            if (result.has("refused")) {
                throw new IllegalArgumentException(result.get("refused").asText());
            }
            return new ScheduledOutcome(!"ok".equals(result.path("outcome").asText()));
        }

        @Override
        public List<String> logs() {
            return output();
        }

        @Override
        public byte[] storedObject(String bucketBinding, String key) {
            HttpResponse<byte[]> response = send(HttpRequest.newBuilder(r2Uri(bucketBinding, "key", key)).GET()
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 404) {
                return null;
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("reading R2 object " + key + " failed: " + response.statusCode() + " "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response.body();
        }

        @Override
        public void storeObject(String bucketBinding, String key, byte[] value) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(r2Uri(bucketBinding, "key", key))
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(value)).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("storing R2 object " + key + " failed: " + response.body());
            }
        }

        @Override
        public List<String> storedKeys(String bucketBinding, String prefix) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(r2Uri(bucketBinding, "prefix", prefix)).GET()
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            try {
                JsonNode keys = mapper.readTree(response.body());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("listing R2 keys failed: " + keys);
                }
                List<String> list = new ArrayList<>();
                keys.forEach(key -> list.add(key.asText()));
                return list;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private URI r2Uri(String bucketBinding, String parameter, String value) {
            return URI.create("http://127.0.0.1:" + port + "/__w4j/r2?worker=" + encode(name) + "&binding="
                    + encode(bucketBinding) + "&" + parameter + "=" + encode(value));
        }
    }
}
