package dev.workers4j.outboundparity;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.workers4j.http.Request;
import dev.workers4j.http.RequestBuilder;
import dev.workers4j.http.Response;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** {@link Upstream} over real HTTP on the loopback interface (the JDK's HTTP server), for workerd to fetch. */
final class UpstreamServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    private UpstreamServer(HttpServer server) {
        this.server = server;
    }

    static UpstreamServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            UpstreamServer upstream = new UpstreamServer(server);
            server.createContext("/", upstream::handle);
            server.setExecutor(upstream.pool);
            server.start();
            return upstream;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** http://127.0.0.1:PORT */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A loopback address nothing listens on (a port just bound and released). */
    static String refusingBaseUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            RequestBuilder builder = Request.builder(exchange.getRequestMethod(),
                    baseUrl() + exchange.getRequestURI().toString());
            exchange.getRequestHeaders().forEach((name, values) -> values.forEach(v -> builder.header(name, v)));
            builder.body(exchange.getRequestBody().readAllBytes());
            Response response = Upstream.answer(builder.build());
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/slow")) {
                pause();
            }
            response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] body = response.bytes();
            boolean noBody = body.length == 0 || response.status() == 204 || response.status() == 304
                    || exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(response.status(), noBody ? -1 : body.length);
            if (!noBody) {
                if (path.equals("/slow-body")) {
                    exchange.getResponseBody().flush();
                    pause();
                }
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(Upstream.SLOW_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
