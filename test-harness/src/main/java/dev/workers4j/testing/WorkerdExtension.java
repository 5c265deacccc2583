package dev.workers4j.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension serving Workers' TeaVM bundles in real workerd for a test class: started
 * once before the class's tests, stopped after them.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final WorkerdExtension WORKERD = WorkerdExtension.serving("workers/ingest/wrangler.toml");
 * ... WORKERD.worker("ingest").queue("ingest-jobs", messages) ...
 * }</pre>
 */
public final class WorkerdExtension implements BeforeAllCallback, AfterAllCallback {
    private final String[] wranglerTomls;
    private WorkerdServer server;

    private WorkerdExtension(String[] wranglerTomls) {
        this.wranglerTomls = wranglerTomls;
    }

    /** The Workers to serve, by their wrangler.toml paths relative to the repository root. */
    public static WorkerdExtension serving(String... wranglerTomls) {
        return new WorkerdExtension(wranglerTomls);
    }

    public WorkerClient worker(String name) {
        if (server == null) {
            throw new IllegalStateException("workerd starts before the test class; call worker() inside a test");
        }
        return server.worker(name);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = WorkerdServer.start(wranglerTomls);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
