package dev.workers4j.testing;

import dev.workers4j.worker.Worker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension running a Worker on the JVM: a fresh Worker and fake env (vars from the
 * Worker's wrangler.toml) before each test, injected as a {@link WorkerHarness} parameter or
 * read with {@link #harness()}.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final WorkerExtension api = WorkerExtension.of(DashboardApi::new);
 *
 * @Test void health(WorkerHarness worker) {
 *     assertEquals(200, worker.fetch(Request.get("/api/health")).status());
 * }
 * }</pre>
 */
public final class WorkerExtension implements BeforeEachCallback, ParameterResolver {
    private final Supplier<? extends Worker> factory;
    private Path wranglerToml = Path.of("wrangler.toml");
    private Consumer<FakeEnv> envSetup = env -> { };
    private WorkerHarness harness;

    private WorkerExtension(Supplier<? extends Worker> factory) {
        this.factory = factory;
    }

    public static WorkerExtension of(Supplier<? extends Worker> factory) {
        return new WorkerExtension(factory);
    }

    /** The Worker's wrangler.toml (default: wrangler.toml in the module's folder). */
    public WorkerExtension config(Path path) {
        this.wranglerToml = path;
        return this;
    }

    /** Adds vars and secrets to the env each test starts with. */
    public WorkerExtension env(Consumer<FakeEnv> setup) {
        this.envSetup = setup;
        return this;
    }

    public WorkerHarness harness() {
        if (harness == null) {
            throw new IllegalStateException("the Worker starts before each test; call harness() inside one");
        }
        return harness;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        WranglerConfig config = Files.exists(wranglerToml) ? WranglerConfig.read(wranglerToml) : null;
        FakeEnv env = config == null ? new FakeEnv() : FakeEnv.from(config);
        envSetup.accept(env);
        harness = new WorkerHarness(factory.get(), env, config);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == WorkerHarness.class || type == WorkerClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return harness();
    }
}
