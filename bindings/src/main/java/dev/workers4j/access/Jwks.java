package dev.workers4j.access;

import dev.workers4j.crypto.Jwk;
import dev.workers4j.json.JsonReader;
import dev.workers4j.json.JsonToken;
import java.util.ArrayList;
import java.util.List;

/**
 * The RSA signing keys of a JWKS document ({@code {"keys":[{kty, kid, n, e, alg, use}, ...]}},
 * as {@code /cdn-cgi/access/certs} serves it). Members other than {@code keys} (Access also sends
 * {@code public_cert(s)}) are skipped; keys for other uses or algorithms are left out here, and
 * malformed ones are refused when imported.
 */
final class Jwks {
    private Jwks() {
    }

    /** @throws dev.workers4j.json.JsonException when the document is not a JWKS object */
    static List<Jwk> signingKeys(String json) {
        JsonReader reader = JsonReader.of(json);
        List<Jwk> keys = new ArrayList<>();
        if (reader.peek() != JsonToken.BEGIN_OBJECT) {
            throw reader.error("a JWKS is a JSON object");
        }
        reader.beginObject();
        while (reader.hasNext()) {
            if (!reader.nextName().equals("keys") || reader.peek() != JsonToken.BEGIN_ARRAY) {
                reader.skipValue();
                continue;
            }
            reader.beginArray();
            while (reader.hasNext()) {
                KeyFields key = new KeyFields();
                if (reader.peek() == JsonToken.BEGIN_OBJECT) {
                    JsonObjects.readObject(reader, key::take);
                    if (key.isRs256Signing()) {
                        keys.add(new Jwk(key.kty, key.n, key.e, key.alg, key.kid));
                    }
                } else {
                    reader.skipValue();
                }
            }
            reader.endArray();
        }
        reader.endObject();
        reader.endDocument();
        return keys;
    }

    private static final class KeyFields {
        String kty;
        String kid;
        String n;
        String e;
        String alg;
        String use;

        void take(String name, Object value) {
            String text = value instanceof String ? (String) value : null;
            switch (name) {
                case "kty":
                    kty = text;
                    break;
                case "kid":
                    kid = text;
                    break;
                case "n":
                    n = text;
                    break;
                case "e":
                    e = text;
                    break;
                case "alg":
                    alg = text;
                    break;
                case "use":
                    use = text;
                    break;
                default:
                    break;
            }
        }

        boolean isRs256Signing() {
            return "RSA".equals(kty) && kid != null && (alg == null || alg.equals("RS256"))
                    && (use == null || use.equals("sig"));
        }
    }
}
