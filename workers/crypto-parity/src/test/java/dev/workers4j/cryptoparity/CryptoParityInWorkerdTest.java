package dev.workers4j.cryptoparity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.http.Request;
import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.WorkerdExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The scenarios against the TeaVM bundle in real workerd: WebCrypto behind the facade. */
class CryptoParityInWorkerdTest extends CryptoParityScenarios {
    @RegisterExtension
    static final WorkerdExtension WORKERD = WorkerdExtension.serving("workers/crypto-parity/wrangler.toml");

    @Override
    WorkerClient worker() {
        return WORKERD.worker("crypto-parity");
    }

    /** workerd has crypto.DigestStream, so streamed SHA-256 does not accumulate the chunks. */
    @Test
    void providerIsWebCryptoWithDigestStream() {
        String provider = worker().fetch(Request.get("/provider")).text();
        assertTrue(provider.startsWith("workerd WebCrypto"), provider);
        assertTrue(provider.contains("SHA-256 streams: crypto.DigestStream"), provider);
    }
}
