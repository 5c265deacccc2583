package dev.workers4j.outboundparity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.workers4j.crypto.Encoding;
import dev.workers4j.http.MutableHeaders;
import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.http.Url;
import java.util.TreeMap;

/**
 * The upstream the Worker calls, as one function of the request: the JVM test answers with it
 * through OutboundRules, the workerd test serves it over a local HTTP server ({@link UpstreamServer}).
 *
 * <ul>
 *   <li>/echo: 200 JSON {method, path, query, headers (x-* and content-type), text, hex}</li>
 *   <li>/status/N: status N, text "upstream status N" (no body for 204), header x-upstream-status</li>
 *   <li>/bytes: the 256 byte values in order, application/octet-stream</li>
 *   <li>/headers: x-multi twice, x-single, X-Mixed-Case</li>
 *   <li>/quote: a Quote as JSON; /quote/bad: not JSON</li>
 *   <li>/slow: "slow" after {@link #SLOW_MILLIS}; /slow-body: headers at once, the body after
 *       {@link #SLOW_MILLIS} (the server waits; the JVM rules declare the delay)</li>
 *   <li>/redirect/N?to=L: status N, Location L; /hops/N: 302 to /hops/N-1, /hops/0 answers "landed";
 *       /absolute: 302 to an absolute URL of /echo?from=absolute; /loop: 302 to itself</li>
 * </ul>
 */
final class Upstream {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long /slow and /slow-body take. */
    static final long SLOW_MILLIS = 1500;

    private Upstream() {
    }

    static Response answer(Request request) {
        Url url = Url.parse(request.url());
        String path = url.path();
        if (path.equals("/echo")) {
            ObjectNode echo = JSON.createObjectNode().put("method", request.method()).put("path", path)
                    .put("query", url.rawQuery());
            TreeMap<String, String> headers = new TreeMap<>();
            request.headers().forEach((name, value) -> {
                if (name.startsWith("x-") || name.equals("content-type")) {
                    headers.merge(name, value, (a, b) -> a + ", " + b);
                }
            });
            ObjectNode headersNode = echo.putObject("headers");
            headers.forEach(headersNode::put);
            byte[] body = request.bytes();
            echo.put("text", new String(body, java.nio.charset.StandardCharsets.UTF_8)).put("hex", Encoding.hex(body));
            Response response = Response.json(200, echo.toString());
            response.headers().set("x-upstream", "echo");
            return response;
        }
        if (path.startsWith("/status/")) {
            int status = Integer.parseInt(path.substring("/status/".length()));
            Response response = status == 204 ? Response.empty(204) : Response.text(status, "upstream status " + status);
            response.headers().set("x-upstream-status", Integer.toString(status));
            return response;
        }
        if (path.equals("/bytes")) {
            byte[] all = new byte[256];
            for (int i = 0; i < all.length; i++) {
                all[i] = (byte) i;
            }
            return Response.bytes(200, all, "application/octet-stream");
        }
        if (path.equals("/headers")) {
            Response response = Response.text(200, "headers");
            MutableHeaders headers = response.headers();
            headers.append("x-multi", "a").append("x-multi", "b").append("x-single", "one").append("X-Mixed-Case", "Value");
            return response;
        }
        if (path.equals("/quote")) {
            return Response.json(200, "{\"symbol\":\"ACME\",\"price_cents\":123456,\"tags\":[\"tools\",\"anvils\"],\"open\":true}");
        }
        if (path.equals("/quote/bad")) {
            return Response.json(200, "{\"symbol\":");
        }
        if (path.startsWith("/redirect/")) {
            return Response.redirect(query(url, "to"), Integer.parseInt(path.substring("/redirect/".length())));
        }
        if (path.startsWith("/hops/")) {
            int left = Integer.parseInt(path.substring("/hops/".length()));
            return left == 0 ? Response.text(200, "landed") : Response.redirect("/hops/" + (left - 1), 302);
        }
        if (path.equals("/absolute")) {
            return Response.redirect(url.origin() + "/echo?from=absolute", 302);
        }
        if (path.equals("/slow") || path.equals("/slow-body")) {
            return Response.text(200, "slow");
        }
        if (path.equals("/loop")) {
            return Response.redirect("/loop", 302);
        }
        return Response.text(404, "no upstream route " + path);
    }

    private static String query(Url url, String name) {
        for (String pair : url.rawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(pair.substring(name.length() + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
