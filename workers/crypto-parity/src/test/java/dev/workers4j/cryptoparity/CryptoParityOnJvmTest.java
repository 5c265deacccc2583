package dev.workers4j.cryptoparity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.http.Request;
import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.WorkerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The scenarios against the Worker on the JVM: java.security behind the facade. */
class CryptoParityOnJvmTest extends CryptoParityScenarios {
    @RegisterExtension
    static final WorkerExtension WORKER = WorkerExtension.of(CryptoParityWorker::new);

    @Override
    WorkerClient worker() {
        return WORKER.harness();
    }

    @Test
    void providerIsJavaSecurity() {
        String provider = worker().fetch(Request.get("/provider")).text();
        assertTrue(provider.startsWith("java.security"), provider);
    }
}
