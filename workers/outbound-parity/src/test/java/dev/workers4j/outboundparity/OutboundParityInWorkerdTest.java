package dev.workers4j.outboundparity;

import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.WorkerdExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The scenarios against the TeaVM bundle in real workerd: its global fetch reaches
 * {@link Upstream} on a loopback HTTP server this test starts (miniflare's outbound network
 * allows private and loopback addresses; there is no other network here).
 */
class OutboundParityInWorkerdTest extends OutboundParityScenarios {
    @RegisterExtension
    static final WorkerdExtension WORKERD = WorkerdExtension.serving("workers/outbound-parity/wrangler.toml");

    private static UpstreamServer server;
    private static String refusing;

    @BeforeAll
    static void startUpstream() {
        server = UpstreamServer.start();
        refusing = UpstreamServer.refusingBaseUrl();
    }

    @AfterAll
    static void stopUpstream() {
        server.close();
    }

    @Override
    WorkerClient worker() {
        return WORKERD.worker("outbound-parity");
    }

    @Override
    String upstream() {
        return server.baseUrl();
    }

    @Override
    String refusing() {
        return refusing;
    }
}
