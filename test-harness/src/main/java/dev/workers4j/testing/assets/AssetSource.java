package dev.workers4j.testing.assets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.workers4j.http.MutableHeaders;
import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.testing.OutboundRules;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where assets come from in tests: a file host on 127.0.0.1 whose answers a test sets per path (a
 * file with or without Content-Length, a redirect, any status, an HTML page, failures before the
 * file, a file that answers too slowly). It answers workerd over HTTP and the JVM harness in
 * process through outbound rules ({@link #answer(OutboundRules)}), the same on both.
 *
 * <p>Paths under {@code /slow/} answer after {@link #SLOW_MILLIS}: over HTTP by waiting, on the
 * JVM by a declared delay, so a Worker's download timeout fires on both runtimes.
 */
public final class AssetSource implements AutoCloseable {
    public static final long SLOW_MILLIS = 8_000;
    private final HttpServer server;
    private final String origin;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

    /** What one path answers; {@code failuresLeft} answers of {@code failStatus} come first. */
    private record Answer(int status, MutableHeaders headers, byte[] body, boolean declareLength,
            AtomicInteger failuresLeft, int failStatus) {
    }

    private AssetSource(HttpServer server) {
        this.server = server;
        this.origin = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/", this::serve);
        server.setExecutor(Executors.newFixedThreadPool(8, r -> {
            Thread thread = new Thread(r, "asset-source");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    /** A file host on a free port of 127.0.0.1. */
    public static AssetSource start() {
        return start(0);
    }

    /** A file host on this port of 127.0.0.1 (0: a free one). */
    public static AssetSource start(int port) {
        try {
            return new AssetSource(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64));
        } catch (IOException e) {
            throw new UncheckedIOException("the asset source cannot listen on 127.0.0.1:" + port, e);
        }
    }

    public String origin() {
        return origin;
    }

    /** The absolute URL of a path here. */
    public String url(String path) {
        return origin + path;
    }

    /** Serves a file at the path with this Content-Type (null: none) and its Content-Length. */
    public AssetSource file(String path, byte[] content, String contentType) {
        return put(path, 200, headers(contentType), content, true);
    }

    /** Serves a file with a Content-Disposition header naming it. */
    public AssetSource file(String path, byte[] content, String contentType, String contentDisposition) {
        return put(path, 200, headers(contentType).set("content-disposition", contentDisposition), content, true);
    }

    /** Serves a file without Content-Length (chunked over HTTP): its size shows only while reading. */
    public AssetSource fileWithoutLength(String path, byte[] content, String contentType) {
        return put(path, 200, headers(contentType), content, false);
    }

    /** Answers a redirect (302) to a location. */
    public AssetSource redirect(String path, String location) {
        return put(path, 302, new MutableHeaders().set("location", location), new byte[0], true);
    }

    /** Answers a status with a short text body. */
    public AssetSource status(String path, int status) {
        return put(path, status, headers("text/plain"), ("status " + status).getBytes(StandardCharsets.UTF_8), true);
    }

    /** Answers an HTML page (a preview or login page where a file was expected). */
    public AssetSource htmlPage(String path, String contentType) {
        byte[] page = "<!DOCTYPE html>\n<html><head><title>Preview</title></head><body>Sign in to download</body></html>"
                .getBytes(StandardCharsets.UTF_8);
        return put(path, 200, headers(contentType), page, true);
    }

    /** The path's next {@code count} requests answer {@code status} before it answers as set. */
    public AssetSource failFirst(String path, int count, int status) {
        Answer answer = answers.get(path);
        if (answer == null) {
            throw new IllegalStateException("set what " + path + " answers first");
        }
        answers.put(path, new Answer(answer.status, answer.headers, answer.body, answer.declareLength,
                new AtomicInteger(count), status));
        return this;
    }

    /** How many requests the path had. */
    public int requests(String path) {
        AtomicInteger count = requests.get(path);
        return count == null ? 0 : count.get();
    }

    /** The JVM harness's outbound rules for this host (paths under /slow/ with their delay). */
    public OutboundRules answer(OutboundRules rules) {
        return rules.on("GET", origin + "/slow/").after(SLOW_MILLIS).respond(this::handle)
                .on("*", origin + "/").respond(this::handle);
    }

    /** Answers one request (in process, or from the HTTP adapter). */
    public Response handle(Request request) {
        String path = request.parsedUrl().path();
        requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        Answer answer = answers.get(path);
        if (answer == null) {
            return Response.text(404, "no such file: " + path);
        }
        if (answer.failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return Response.text(answer.failStatus, "status " + answer.failStatus);
        }
        MutableHeaders headers = new MutableHeaders();
        answer.headers.forEach(headers::append);
        if (answer.declareLength) {
            headers.set("content-length", String.valueOf(answer.body.length));
        }
        return Response.of(answer.status, headers, request.method().equals("HEAD") ? new byte[0] : answer.body);
    }

    private AssetSource put(String path, int status, MutableHeaders headers, byte[] body, boolean declareLength) {
        answers.put(path, new Answer(status, headers, body.clone(), declareLength, new AtomicInteger(), 0));
        return this;
    }

    private static MutableHeaders headers(String contentType) {
        MutableHeaders headers = new MutableHeaders();
        if (contentType != null) {
            headers.set("content-type", contentType);
        }
        return headers;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/slow/")) {
                Thread.sleep(SLOW_MILLIS);
            }
            Request request = Request.builder(exchange.getRequestMethod(), origin + exchange.getRequestURI()).build();
            Response response = handle(request);
            Answer answer = answers.get(path);
            boolean chunked = answer != null && !answer.declareLength && response.status() == 200;
            response.headers().forEach((name, value) -> {
                if (!name.equals("content-length")) {
                    exchange.getResponseHeaders().add(name, value);
                }
            });
            byte[] bytes = response.bytes();
            exchange.sendResponseHeaders(response.status(), chunked ? 0 : (bytes.length == 0 ? -1 : bytes.length));
            try (OutputStream out = exchange.getResponseBody()) {
                for (int at = 0; at < bytes.length; at += 64 * 1024) {
                    out.write(bytes, at, Math.min(64 * 1024, bytes.length - at));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
        } catch (IOException | RuntimeException e) {
            exchange.close(); // the client went away (a timeout), or the answer could not be written
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
