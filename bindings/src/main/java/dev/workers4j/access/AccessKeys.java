package dev.workers4j.access;

import dev.workers4j.crypto.Crypto;
import dev.workers4j.crypto.CryptoException;
import dev.workers4j.crypto.Jwk;
import dev.workers4j.crypto.Rs256PublicKey;
import dev.workers4j.fetch.Outbound;
import dev.workers4j.fetch.OutboundException;
import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.json.JsonException;
import dev.workers4j.log.Log;
import dev.workers4j.text.Digits;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The team's signing keys, fetched from its JWKS and imported once, kept for the response's
 * {@code Cache-Control} max-age (default one hour). A token naming a key id the set does not have
 * makes it fetch again, but at most once per {@link #UNKNOWN_KEY_REFETCH_MILLIS}, so forged key ids
 * cannot turn the Worker into a request amplifier against the team domain. Keys that cannot be had
 * (no answer, an error status, no usable key) are {@link AccessException#keysUnavailable}: never a pass.
 */
final class AccessKeys {
    static final long DEFAULT_MAX_AGE_MILLIS = 3_600_000;
    static final long UNKNOWN_KEY_REFETCH_MILLIS = 30_000;
    static final long FETCH_TIMEOUT_MILLIS = 5_000;

    private final TeamDomain team;
    private final LongSupplier clock;
    private Map<String, Rs256PublicKey> keys;
    private long freshUntil;
    private long lastUnknownKeyRefetch = -UNKNOWN_KEY_REFETCH_MILLIS;

    AccessKeys(TeamDomain team, LongSupplier clock) {
        this.team = team;
        this.clock = clock;
    }

    /** Whether the key set as last fetched (no fetch here) has this kid. */
    boolean has(String kid) {
        return keys != null && keys.containsKey(kid);
    }

    /** Until when the fetched key set is fresh (epoch ms); 0 before the first fetch. */
    long freshUntil() {
        return keys == null ? 0 : freshUntil;
    }

    /**
     * The key named {@code kid}, or null when the team has no such key. The set is fetched when
     * there is none yet or it is past its max-age; an unknown kid refetches it only when the
     * last such refetch is {@link #UNKNOWN_KEY_REFETCH_MILLIS} old (so a key rotated in is found
     * at once, and a flood of forged kids costs one request per interval).
     */
    Rs256PublicKey key(String kid) {
        long now = clock.getAsLong();
        if (keys == null || now >= freshUntil) {
            fetch(now);
        } else if (!keys.containsKey(kid) && now - lastUnknownKeyRefetch >= UNKNOWN_KEY_REFETCH_MILLIS) {
            lastUnknownKeyRefetch = now;
            fetch(now);
        }
        return keys.get(kid);
    }

    private void fetch(long now) {
        Response response = download();
        if (response.status() != 200) {
            throw AccessException.keysUnavailable("JWKS at " + team.certsUrl() + " answered " + response.status());
        }
        List<Jwk> published = parse(response.text());
        Map<String, Rs256PublicKey> imported = new HashMap<>();
        for (Jwk jwk : published) {
            Rs256PublicKey key = importKey(jwk);
            if (key != null) {
                imported.put(jwk.kid(), key);
            }
        }
        if (imported.isEmpty()) {
            throw AccessException.keysUnavailable("JWKS at " + team.certsUrl() + " has no usable RS256 key");
        }
        keys = imported;
        freshUntil = now + maxAgeMillis(response.header("cache-control"));
    }

    private Response download() {
        try {
            return Outbound.fetch(Request.get(team.certsUrl()), FETCH_TIMEOUT_MILLIS);
        } catch (OutboundException unreachable) {
            throw AccessException.keysUnavailable("JWKS fetch failed: " + unreachable.reason());
        }
    }

    private List<Jwk> parse(String json) {
        try {
            return Jwks.signingKeys(json);
        } catch (JsonException notJwks) {
            throw AccessException.keysUnavailable("JWKS at " + team.certsUrl() + " is not a JWKS document");
        }
    }

    private static Rs256PublicKey importKey(Jwk jwk) {
        String kid = jwk.kid(); // read before the try: see Attempt on TeaVM's catch blocks
        try {
            return Crypto.rs256Key(jwk);
        } catch (CryptoException refused) {
            Log.warn("access: JWKS key " + kid + " skipped: " + refused.getMessage());
            return null;
        }
    }

    /** max-age of a Cache-Control value in ms; none given: one hour; no-store, no-cache: 0. */
    static long maxAgeMillis(String cacheControl) {
        if (cacheControl == null) {
            return DEFAULT_MAX_AGE_MILLIS;
        }
        String value = cacheControl.toLowerCase();
        if (value.contains("no-store") || value.contains("no-cache")) {
            return 0;
        }
        int at = value.indexOf("max-age=");
        if (at < 0) {
            return DEFAULT_MAX_AGE_MILLIS;
        }
        Long seconds = Digits.leading(value, at + "max-age=".length(), 9);
        return seconds == null ? DEFAULT_MAX_AGE_MILLIS : seconds * 1000;
    }
}
