package dev.workers4j.access;

import dev.workers4j.json.JsonReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The claims of an Access token that validation reads, as their JSON types allow. A claim of the
 * wrong type is kept as a {@link #typeProblem()} rather than thrown, so it is reported only after
 * the signature has been checked (a forger learns nothing from which claim is wrong).
 */
final class AccessClaims {
    String issuer;
    final List<String> audiences = new ArrayList<>();
    Double expiresAt;
    Double notBefore;
    Double issuedAt;
    String email;
    String commonName;
    String subject;
    String country;
    String typeProblem;

    /** @throws dev.workers4j.json.JsonException when the payload is not one JSON object */
    static AccessClaims parse(String payloadJson) {
        AccessClaims claims = new AccessClaims();
        JsonObjects.read(JsonReader.of(payloadJson), claims::take);
        return claims;
    }

    private void take(String name, Object value) {
        switch (name) {
            case "iss":
                issuer = string(name, value);
                break;
            case "aud":
                audience(value);
                break;
            case "exp":
                expiresAt = number(name, value);
                break;
            case "nbf":
                notBefore = number(name, value);
                break;
            case "iat":
                issuedAt = number(name, value);
                break;
            case "email":
                email = string(name, value);
                break;
            case "common_name":
                commonName = string(name, value);
                break;
            case "sub":
                subject = string(name, value);
                break;
            case "country":
                country = string(name, value);
                break;
            default:
                break;
        }
    }

    /** aud: a string, or an array of strings. */
    private void audience(Object value) {
        if (value instanceof String) {
            audiences.add((String) value);
        } else if (value instanceof List) {
            for (Object item : (List<?>) value) {
                if (!(item instanceof String)) {
                    problem("aud holds a value that is not a string");
                    return;
                }
                audiences.add((String) item);
            }
        } else {
            problem("aud is neither a string nor an array of strings");
        }
    }

    private String string(String name, Object value) {
        if (value instanceof String) {
            return (String) value;
        }
        problem(name + " is not a string");
        return null;
    }

    private Double number(String name, Object value) {
        if (value instanceof Double) {
            return (Double) value;
        }
        problem(name + " is not a number");
        return null;
    }

    private void problem(String problem) {
        if (typeProblem == null) {
            typeProblem = problem;
        }
    }
}
