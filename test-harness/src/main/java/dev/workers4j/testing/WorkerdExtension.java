package dev.workers4j.testing;

import java.util.Map;
import java.util.function.Supplier;
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
 * ... WORKERD.worker("ingest").queue("ingest-queue", messages) ...
 * }</pre>
 */
public final class WorkerdExtension implements BeforeAllCallback, AfterAllCallback {
    private final String[] wranglerTomls;
    private final Supplier<Map<String, String>> environment;
    private WorkerdServer server;

    private WorkerdExtension(String[] wranglerTomls) {
        this(Map::of, wranglerTomls);
    }

    private WorkerdExtension(Supplier<Map<String, String>> environment, String[] wranglerTomls) {
        this.environment = environment;
        this.wranglerTomls = wranglerTomls;
    }

    /** The Workers to serve, by their wrangler.toml paths relative to the repository root. */
    public static WorkerdExtension serving(String... wranglerTomls) {
        return new WorkerdExtension(wranglerTomls);
    }

    /**
     * {@link #serving(String...)} with environment variables for the serving process, computed
     * before the class's tests (e.g. a local database's Hyperdrive connection string:
     * {@code () -> LocalPostgres.get().workerdEnvironment("HYPERDRIVE")}).
     */
    public static WorkerdExtension servingWith(Supplier<Map<String, String>> environment, String... wranglerTomls) {
        return new WorkerdExtension(environment, wranglerTomls);
    }

    public WorkerClient worker(String name) {
        if (server == null) {
            throw new IllegalStateException("workerd starts before the test class; call worker() inside a test");
        }
        return server.worker(name);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = WorkerdServer.start(environment.get(), wranglerTomls);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
