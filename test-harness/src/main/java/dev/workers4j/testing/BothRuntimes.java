package dev.workers4j.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workers4j.testing.sql.LocalPostgres;
import dev.workers4j.worker.Worker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Runs each {@link Scenario} of a test class twice, with the same assertions: "[jvm]" against the
 * Worker on the JVM with fake bindings ({@link WorkerExtension}: a fresh Worker per test) and
 * "[workerd]" against its TeaVM bundle in real workerd, served once per module for every class
 * that serves the same Workers. Both get the Worker's bindings from its wrangler.toml; every
 * [[hyperdrive]] binding is the local PostgreSQL on both.
 *
 * <pre>{@code
 * class DashboardApiScenarios {
 *     @RegisterExtension
 *     static final BothRuntimes API = BothRuntimes.of(DashboardApi::new)
 *             .service("INGEST", IngestWorker::new, Path.of("../ingest/wrangler.toml"));
 *
 *     @Scenario
 *     void health(WorkerClient api) {
 *         assertEquals(200, api.fetch(Request.get("/api/health")).status());
 *     }
 * }
 * }</pre>
 *
 * <p>The system property {@value #RUNTIMES_PROPERTY} ({@code jvm}, {@code workerd}, or both,
 * comma-separated; default both) picks the runtimes, e.g. {@code -Dw4j.runtimes=jvm} for a fast
 * inner loop.
 */
public final class BothRuntimes implements TestTemplateInvocationContextProvider {
    public static final String RUNTIMES_PROPERTY = "w4j.runtimes";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WorkerExtension jvm;
    private Path wranglerToml = Path.of("wrangler.toml");
    private final List<Path> serviceTomls = new ArrayList<>();
    private Supplier<Map<String, String>> workerdEnvironment = Map::of;
    private Supplier<Map<String, String>> vars = Map::of;

    private BothRuntimes(Supplier<? extends Worker> factory) {
        this.jvm = WorkerExtension.of(factory);
    }

    /** The Worker the scenarios drive; its wrangler.toml is the module's own unless {@link #config} says otherwise. */
    public static BothRuntimes of(Supplier<? extends Worker> factory) {
        return new BothRuntimes(factory);
    }

    /** The Worker's wrangler.toml, relative to the module (default {@code wrangler.toml}). */
    public BothRuntimes config(Path path) {
        this.wranglerToml = path;
        jvm.config(path);
        return this;
    }

    /** A service binding to another Worker: on the JVM beside this one, in workerd served with it. */
    public BothRuntimes service(String binding, Supplier<? extends Worker> worker, Path wranglerToml) {
        jvm.service(binding, worker, wranglerToml);
        serviceTomls.add(wranglerToml);
        return this;
    }

    /** Vars, secrets or bindings to change in the JVM Worker's env before each test. */
    public BothRuntimes jvmEnv(Consumer<FakeEnv> setup) {
        jvm.env(setup);
        return this;
    }

    /**
     * Vars that replace the Worker's wrangler.toml values on both runtimes (computed when first
     * needed), e.g. a local identity provider's origin as CF_ACCESS_TEAM_DOMAIN.
     */
    public BothRuntimes vars(Supplier<Map<String, String>> vars) {
        this.vars = vars;
        jvm.env(env -> this.vars.get().forEach(env::var));
        return this;
    }

    /** Outbound rules every JVM test starts with (in workerd the Worker's fetches are real). */
    public BothRuntimes jvmOutbound(Consumer<OutboundRules> setup) {
        jvm.outbound(setup);
        return this;
    }

    /** Extra environment for the workerd serving process (computed once, before it starts). */
    public BothRuntimes workerdEnvironment(Supplier<Map<String, String>> environment) {
        this.workerdEnvironment = environment;
        return this;
    }

    /** The JVM side: its fake queues, outbound rules and harness in the current "[jvm]" test. */
    public WorkerExtension jvm() {
        return jvm;
    }

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().map(m -> m.isAnnotationPresent(Scenario.class)).orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        String selected = System.getProperty(RUNTIMES_PROPERTY, "jvm,workerd");
        List<TestTemplateInvocationContext> runs = new ArrayList<>();
        if (selected.contains("jvm")) {
            runs.add(invocation("[jvm]", jvm));
        }
        if (selected.contains("workerd")) {
            runs.add(invocation("[workerd]", new WorkerdClientResolver()));
        }
        return runs.stream();
    }

    private static TestTemplateInvocationContext invocation(String name, Extension extension) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return name;
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(extension);
            }
        };
    }

    /** The repository-relative paths workerd serves: this Worker first, then its services. */
    private String[] servedTomls() {
        Path root = RepositoryRoot.find();
        List<String> tomls = new ArrayList<>();
        tomls.add(root.relativize(wranglerToml.toAbsolutePath().normalize()).toString());
        for (Path service : serviceTomls) {
            tomls.add(root.relativize(service.toAbsolutePath().normalize()).toString());
        }
        return tomls.toArray(new String[0]);
    }

    /** Every [[hyperdrive]] binding of the served Workers on the local PostgreSQL, plus the test's own. */
    private Map<String, String> environment(String[] tomls) {
        Map<String, String> environment = new LinkedHashMap<>();
        Path root = RepositoryRoot.find();
        for (String toml : tomls) {
            for (String binding : WranglerConfig.read(root.resolve(toml)).bindings("hyperdrive")) {
                environment.putAll(LocalPostgres.get().workerdEnvironment(binding));
            }
        }
        environment.putAll(workerdEnvironment.get());
        Map<String, String> overrides = vars.get();
        if (!overrides.isEmpty()) {
            String name = WranglerConfig.read(wranglerToml).name();
            environment.put("W4J_VARS", JSON.createObjectNode().set(name, JSON.valueToTree(overrides)).toString());
        }
        return environment;
    }

    /** Resolves a scenario's {@link WorkerClient} to the Worker in the module's shared workerd. */
    private final class WorkerdClientResolver implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == WorkerClient.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            String[] tomls = servedTomls();
            WorkerdServer server = SharedWorkerd.get(context, environment(tomls), tomls);
            return server.worker(WranglerConfig.read(wranglerToml).name());
        }
    }
}
