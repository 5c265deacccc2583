package dev.workers4j.cryptoparity;

import dev.workers4j.crypto.Crypto;
import dev.workers4j.crypto.CryptoException;
import dev.workers4j.crypto.Encoding;
import dev.workers4j.crypto.Jwk;
import dev.workers4j.crypto.Rs256PublicKey;
import dev.workers4j.crypto.Sha256Hasher;
import dev.workers4j.env.Env;
import dev.workers4j.http.Context;
import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.http.Router;
import dev.workers4j.json.JsonWriter;
import dev.workers4j.worker.ExecutionContext;
import dev.workers4j.worker.Worker;
import dev.workers4j.worker.WorkerEntry;

/**
 * A test-only Worker (never deployed) whose routes call each operation of the crypto facade, so
 * one list of scenarios checks java.security on the JVM and WebCrypto in workerd.
 *
 * <ul>
 *   <li>{@code POST /sha256}: the body's digest as {"hex","base64","base64url"}</li>
 *   <li>{@code POST /sha256/chunked?chunk=N}: the same through the incremental hasher, N bytes per update</li>
 *   <li>{@code GET /sha256/repeated?byte=B&count=C&chunk=N}: C bytes of value B made here, hashed
 *       streamed (N per update) and in one call: {"streamed","oneshot","updates"}</li>
 *   <li>{@code GET /sha256/spent}: what a second digest() of a hasher does</li>
 *   <li>{@code POST /rs256/verify?times=T}: body a compact JWT, the key in headers x-jwk-kty, -n, -e,
 *       -alg, -kid (absent header = absent field); "true"/"false" per verification with one imported
 *       key, or 400 "CryptoException: ..."</li>
 *   <li>{@code GET /rs256/raw-import?n=HEX&e=HEX}: the provider's own key import, past the facade's checks</li>
 *   <li>{@code GET /random/bytes?n=N}: N random bytes as hex; {@code GET /random/uuid}</li>
 *   <li>{@code GET /provider}: the provider's description</li>
 * </ul>
 */
@WorkerEntry
public final class CryptoParityWorker implements Worker {
    private final Router router = new Router()
            .post("/sha256", c -> digests(Crypto.sha256(c.req().bytes())))
            .post("/sha256/chunked", c -> {
                byte[] body = c.req().bytes();
                int chunk = intQuery(c, "chunk", 65536);
                Sha256Hasher hasher = Crypto.newSha256();
                for (int offset = 0; offset < body.length; offset += chunk) {
                    hasher.update(body, offset, Math.min(chunk, body.length - offset));
                }
                return digests(hasher.digest());
            })
            .get("/sha256/repeated", c -> repeated(intQuery(c, "byte", 97), intQuery(c, "count", 1_000_000),
                    intQuery(c, "chunk", 65536)))
            .get("/sha256/spent", c -> {
                Sha256Hasher hasher = Crypto.newSha256().update(Encoding.utf8("abc"));
                String first = Encoding.hex(hasher.digest());
                try {
                    hasher.digest();
                    return Response.text(200, first + " then a second digest");
                } catch (IllegalStateException e) {
                    return Response.text(200, first + " then IllegalStateException");
                }
            })
            .post("/rs256/verify", CryptoParityWorker::verify)
            .get("/rs256/raw-import", c -> {
                // Straight to the provider, past the facade's JWK checks: what the runtime itself refuses.
                try {
                    Crypto.provider().importRs256(Encoding.fromHex(c.query("n")), Encoding.fromHex(c.query("e")));
                    return Response.text(200, "imported");
                } catch (CryptoException e) {
                    return Response.text(400, "CryptoException: " + e.getMessage());
                }
            })
            .get("/random/bytes", c -> Response.text(200, Encoding.hex(Crypto.randomBytes(intQuery(c, "n", 16)))))
            .get("/random/uuid", c -> Response.text(200, Crypto.randomUuid()))
            .get("/provider", c -> Response.text(200, Crypto.provider().description()));

    @Override
    public Response fetch(Request request, Env env, ExecutionContext ctx) {
        return router.handle(request, env, ctx);
    }

    private static Response verify(Context c) {
        Request request = c.req();
        Jwk jwk = new Jwk(request.header("x-jwk-kty"), request.header("x-jwk-n"), request.header("x-jwk-e"),
                request.header("x-jwk-alg"), request.header("x-jwk-kid"));
        String jwt = request.text();
        int times = intQuery(c, "times", 1);
        try {
            int dot = jwt.lastIndexOf('.');
            if (dot < 0) {
                throw new CryptoException("not a compact JWS: no '.'");
            }
            byte[] signingInput = Encoding.utf8(jwt.substring(0, dot));
            byte[] signature;
            try {
                signature = Encoding.fromBase64Url(jwt.substring(dot + 1));
            } catch (IllegalArgumentException e) {
                throw new CryptoException("the signature is not base64url: " + e.getMessage());
            }
            Rs256PublicKey key = Crypto.rs256Key(jwk);
            StringBuilder results = new StringBuilder();
            for (int i = 0; i < times; i++) {
                if (i > 0) {
                    results.append(',');
                }
                results.append(key.verify(signingInput, signature));
            }
            return Response.text(200, results.toString());
        } catch (CryptoException e) {
            return Response.text(400, "CryptoException: " + e.getMessage());
        }
    }

    private static Response repeated(int value, int count, int chunk) {
        byte[] all = new byte[count];
        for (int i = 0; i < count; i++) {
            all[i] = (byte) value;
        }
        byte[] buffer = new byte[chunk];
        Sha256Hasher hasher = Crypto.newSha256();
        int updates = 0;
        for (int offset = 0; offset < count; offset += chunk) {
            int length = Math.min(chunk, count - offset);
            // The caller's buffer is reused for every chunk, as a stream reader would.
            System.arraycopy(all, offset, buffer, 0, length);
            hasher.update(buffer, 0, length);
            updates++;
        }
        String streamed = Encoding.hex(hasher.digest());
        String oneShot = Encoding.hex(Crypto.sha256(all));
        return Response.json(200, JsonWriter.create().beginObject()
                .name("streamed").value(streamed)
                .name("oneshot").value(oneShot)
                .name("updates").value(updates)
                .endObject().toString());
    }

    private static Response digests(byte[] digest) {
        return Response.json(200, JsonWriter.create().beginObject()
                .name("hex").value(Encoding.hex(digest))
                .name("base64").value(Encoding.base64(digest))
                .name("base64url").value(Encoding.base64Url(digest))
                .endObject().toString());
    }

    private static int intQuery(Context c, String name, int fallback) {
        String value = c.query(name);
        return value == null ? fallback : Integer.parseInt(value);
    }
}
