package dev.workers4j.testing;

import dev.workers4j.fetch.Outbound;
import dev.workers4j.http.Request;
import dev.workers4j.testing.queue.ConsumerSettings;
import dev.workers4j.testing.queue.FakeQueues;
import dev.workers4j.testing.r2.InMemoryR2Bucket;
import dev.workers4j.testing.sql.LocalPostgres;
import dev.workers4j.worker.Worker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
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
public final class WorkerExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
    /** This test's in-memory R2 buckets by bucket_name, shared by the Workers that bind the same one. */
    private final Map<String, InMemoryR2Bucket> buckets = new HashMap<>();
    private final Supplier<? extends Worker> factory;
    private Path wranglerToml = Path.of("wrangler.toml");
    private Consumer<FakeEnv> envSetup = env -> { };
    private Consumer<OutboundRules> outboundSetup = rules -> { };
    private WorkerHarness harness;
    private FakeQueues queues;
    private OutboundRules outbound;
    private final Map<String, ServiceTarget> services = new LinkedHashMap<>();
    private final Map<String, WorkerHarness> serviceHarnesses = new LinkedHashMap<>();

    private record ServiceTarget(Supplier<? extends Worker> factory, Path wranglerToml) {
    }

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
        this.envSetup = this.envSetup.andThen(setup);
        return this;
    }

    /**
     * Binds a service binding to another Worker, running beside this one in the same JVM with its
     * own fakes from its wrangler.toml (in-memory R2, the local PostgreSQL per [[hyperdrive]]).
     */
    public WorkerExtension service(String binding, Supplier<? extends Worker> worker, Path wranglerToml) {
        services.put(binding, new ServiceTarget(worker, wranglerToml));
        return this;
    }

    /** Outbound rules every test starts with (e.g. a local identity provider's JWKS). */
    public WorkerExtension outbound(Consumer<OutboundRules> setup) {
        this.outboundSetup = setup;
        return this;
    }

    /** The outbound HTTP rules of the current test (fresh before each test). */
    public OutboundRules outbound() {
        if (outbound == null) {
            throw new IllegalStateException("the Worker starts before each test; call outbound() inside one");
        }
        return outbound;
    }

    public WorkerHarness harness() {
        if (harness == null) {
            throw new IllegalStateException("the Worker starts before each test; call harness() inside one");
        }
        return harness;
    }

    /**
     * The Worker's queues on a virtual clock: its [[queues.producers]] send into them, and its
     * [[queues.consumers]] receive from them when the test advances the clock or drains.
     */
    public FakeQueues queues() {
        if (queues == null) {
            throw new IllegalStateException("the Worker starts before each test; call queues() inside one");
        }
        return queues;
    }

    /**
     * A fresh Worker and env from its wrangler.toml: [vars], an in-memory bucket per
     * [[r2_buckets]], a fake queue per [[queues.producers]] (its consumers wired to this Worker),
     * the local PostgreSQL per [[hyperdrive]]; then the test's own env setup.
     */
    @Override
    public void beforeEach(ExtensionContext context) {
        serviceHarnesses.clear();
        buckets.clear();
        WranglerConfig config = Files.exists(wranglerToml) ? WranglerConfig.read(wranglerToml) : null;
        FakeEnv env = config == null ? new FakeEnv() : FakeEnv.from(config);
        queues = new FakeQueues();
        if (config != null) {
            bindBuckets(config, env);
            config.bindings("hyperdrive").forEach(name -> env.hyperdrive(name, LocalPostgres.get().hyperdrive()));
            queues.bindProducers(env, config.path());
        }
        services.forEach((binding, target) -> env.service(binding, harnessFor(target, queues)::fetch));
        outbound = new OutboundRules();
        outboundSetup.accept(outbound);
        Outbound.install(outbound);
        envSetup.accept(env);
        harness = new WorkerHarness(factory.get(), env, config);
        harness.queues(queues);
        if (config != null && !ConsumerSettings.readAll(config.path()).isEmpty()) {
            queues.consumer(harness);
        }
    }

    /** A request that matched no outbound rule fails the test, even if the Worker swallowed the error. */
    @Override
    public void afterEach(ExtensionContext context) {
        List<Request> unexpected = outbound.unmatched();
        if (!unexpected.isEmpty()) {
            throw new AssertionError("the Worker made outbound requests no rule expected: " + unexpected);
        }
    }

    /**
     * The Worker behind a service binding, with its own fakes from its wrangler.toml; its queue
     * producers and consumers join this test's fake queues, so a job one Worker enqueues reaches
     * the other's consumer as on the platform.
     */
    private WorkerHarness harnessFor(ServiceTarget target, FakeQueues queues) {
        WranglerConfig config = WranglerConfig.read(target.wranglerToml());
        FakeEnv env = FakeEnv.from(config);
        bindBuckets(config, env);
        config.bindings("hyperdrive").forEach(name -> env.hyperdrive(name, LocalPostgres.get().hyperdrive()));
        queues.bindProducers(env, config.path());
        WorkerHarness service = new WorkerHarness(target.factory().get(), env, config);
        service.queues(queues);
        if (!ConsumerSettings.readAll(config.path()).isEmpty()) {
            queues.consumer(service);
        }
        serviceHarnesses.put(config.name(), service);
        return service;
    }

    /** One in-memory bucket per bucket_name in this test: a file one Worker stores, the other reads. */
    private void bindBuckets(WranglerConfig config, FakeEnv env) {
        config.r2Buckets().forEach((binding, bucket) -> env.r2(binding,
                buckets.computeIfAbsent(bucket, name -> new InMemoryR2Bucket())));
    }

    /** The Worker behind a service binding in the current test, by its wrangler.toml name. */
    public WorkerHarness serviceHarness(String workerName) {
        WorkerHarness service = serviceHarnesses.get(workerName);
        if (service == null) {
            throw new IllegalArgumentException("no service Worker named " + workerName + "; have "
                    + serviceHarnesses.keySet());
        }
        return service;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == WorkerHarness.class || type == WorkerClient.class || type == OutboundRules.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == OutboundRules.class ? outbound() : harness();
    }
}
