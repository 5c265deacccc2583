package dev.workers4j.access;

import dev.workers4j.crypto.Encoding;
import dev.workers4j.json.JsonException;
import dev.workers4j.json.JsonReader;
import java.nio.charset.StandardCharsets;

/**
 * A token split into the parts of a compact JWS (RFC 7515 section 7.1), each decoded, with the
 * header members validation needs. Anything that is not three base64url parts of a JSON header
 * and a JSON payload is {@link AccessException#malformed}.
 */
final class CompactJws {
    /** The most characters a token may have before anything is decoded. */
    static final int MAX_LENGTH = 16 * 1024;

    final String algorithm;
    final String keyId;
    final boolean hasCritical;
    final AccessClaims claims;
    final byte[] signingInput;
    final byte[] signature;

    private CompactJws(String algorithm, String keyId, boolean hasCritical, AccessClaims claims,
            byte[] signingInput, byte[] signature) {
        this.algorithm = algorithm;
        this.keyId = keyId;
        this.hasCritical = hasCritical;
        this.claims = claims;
        this.signingInput = signingInput;
        this.signature = signature;
    }

    static CompactJws parse(String token) {
        if (token.length() > MAX_LENGTH) {
            throw AccessException.malformed("token is " + token.length() + " characters, over " + MAX_LENGTH);
        }
        int first = token.indexOf('.');
        int second = first < 0 ? -1 : token.indexOf('.', first + 1);
        if (second < 0 || token.indexOf('.', second + 1) >= 0) {
            throw AccessException.malformed("token is not three dot-separated parts");
        }
        if (first == 0 || second == first + 1 || second == token.length() - 1) {
            throw AccessException.malformed("token has an empty part");
        }
        byte[] header = decode(token.substring(0, first), "header");
        byte[] payload = decode(token.substring(first + 1, second), "payload");
        byte[] signature = decode(token.substring(second + 1), "signature");
        HeaderFields fields = new HeaderFields();
        AccessClaims claims;
        try {
            JsonObjects.read(JsonReader.of(utf8(header)), fields::take);
            claims = AccessClaims.parse(utf8(payload));
        } catch (JsonException notJson) {
            throw AccessException.malformed("header or payload is not one JSON object");
        }
        byte[] signingInput = token.substring(0, second).getBytes(StandardCharsets.US_ASCII);
        return new CompactJws(fields.algorithm, fields.keyId, fields.hasCritical, claims, signingInput, signature);
    }

    private static byte[] decode(String part, String name) {
        for (int i = 0; i < part.length(); i++) {
            char ch = part.charAt(i);
            boolean base64Url = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')
                    || ch == '-' || ch == '_';
            if (!base64Url) {
                throw AccessException.malformed(name + " is not base64url");
            }
        }
        if ((part.length() & 3) == 1) {
            throw AccessException.malformed(name + " has an impossible base64url length");
        }
        return Encoding.fromBase64Url(part);
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The header members validation reads; anything else in the header is ignored. */
    private static final class HeaderFields {
        String algorithm;
        String keyId;
        boolean hasCritical;

        void take(String name, Object value) {
            switch (name) {
                case "alg":
                    algorithm = value instanceof String ? (String) value : "(not a string)";
                    break;
                case "kid":
                    keyId = value instanceof String ? (String) value : null;
                    break;
                case "crit":
                    hasCritical = true;
                    break;
                default:
                    break;
            }
        }
    }
}
