package dev.workers4j.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.env.Env;
import dev.workers4j.env.MissingBindingException;
import dev.workers4j.env.Secret;
import dev.workers4j.queue.Queue;
import dev.workers4j.r2.R2Bucket;
import dev.workers4j.service.Fetcher;
import dev.workers4j.sql.Hyperdrive;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkerEnvProcessorTest {
    /** A wrangler.toml with one binding of every kind a @WorkerEnv interface can express. */
    private static final String FULL_TOML = String.join("\n",
            "name = \"demo\"",
            "main = \"target/worker/index.mjs\"",
            "",
            "[vars]",
            "CF_ACCESS_AUD = \"aud\"",
            "CF_ACCESS_TEAM_DOMAIN = \"https://team.cloudflareaccess.com\"",
            "",
            "[[r2_buckets]]",
            "binding = \"R2_BUCKET\"",
            "bucket_name = \"b\"",
            "",
            "[[queues.producers]]",
            "binding = \"INGEST_QUEUE\"",
            "queue = \"ingest-queue\"",
            "",
            "[[queues.consumers]]",
            "queue = \"ingest-queue\"",
            "",
            "[[hyperdrive]]",
            "binding = \"HYPERDRIVE\"",
            "id = \"x\"",
            "",
            "[[services]]",
            "binding = \"INGEST\"",
            "service = \"ingest\"",
            "",
            "[[kv_namespaces]]",
            "binding = \"IGNORED_KV\"",
            "id = \"k\"",
            "");

    private static final String SECRETS = "# comment\n\nSHOPIFY_ACCESS_TOKEN=\n";

    /** The lines of a @WorkerEnv interface matching FULL_TOML and SECRETS. */
    private static final List<String> FULL_METHODS = List.of(
            "@Binding(\"R2_BUCKET\") R2Bucket bucket();",
            "@Binding(\"INGEST_QUEUE\") Queue jobs();",
            "@Binding(\"HYPERDRIVE\") Hyperdrive db();",
            "@Binding(\"INGEST\") Fetcher ingest();",
            "@Binding(\"CF_ACCESS_AUD\") String accessAudience();",
            "@Binding(\"CF_ACCESS_TEAM_DOMAIN\") String accessTeamDomain();",
            "@Binding(\"SHOPIFY_ACCESS_TOKEN\") Secret shopifyToken();");

    @TempDir
    Path work;

    private static String envSource(List<String> methods) {
        StringBuilder s = new StringBuilder("package demo.env;\n\n"
                + "import dev.workers4j.env.Secret;\n"
                + "import dev.workers4j.env.typed.Binding;\n"
                + "import dev.workers4j.env.typed.WorkerEnv;\n"
                + "import dev.workers4j.queue.Queue;\n"
                + "import dev.workers4j.r2.R2Bucket;\n"
                + "import dev.workers4j.service.Fetcher;\n"
                + "import dev.workers4j.sql.Hyperdrive;\n\n"
                + "@WorkerEnv\npublic interface DemoEnv {\n");
        for (String method : methods) {
            s.append("    ").append(method).append('\n');
        }
        return s.append("    default String describe() { return \"demo\"; }\n}\n").toString();
    }

    private static List<String> without(String binding) {
        List<String> methods = new ArrayList<>();
        for (String m : FULL_METHODS) {
            if (!m.contains("\"" + binding + "\"")) {
                methods.add(m);
            }
        }
        return methods;
    }

    private static List<String> replacing(String binding, String line) {
        List<String> methods = without(binding);
        methods.add(line);
        return methods;
    }

    private Path worker(String toml, String secrets) throws IOException {
        Path dir = Files.createDirectories(work.resolve("worker"));
        Files.writeString(dir.resolve("wrangler.toml"), toml);
        if (secrets != null) {
            Files.writeString(dir.resolve(".dev.vars.example"), secrets);
        }
        return dir.resolve("wrangler.toml");
    }

    private Compilation compile(Path toml, List<String> methods) {
        return Compilation.compile(work, work.resolve("src"), Map.of("demo/env/DemoEnv.java", envSource(methods)), toml);
    }

    private static void assertOneError(Compilation c, String... fragments) {
        assertFalse(c.success, c.toString());
        assertEquals(1, c.errors.size(), c.toString());
        for (String fragment : fragments) {
            assertTrue(c.errors.get(0).contains(fragment), "expected «" + fragment + "» in " + c.errors.get(0));
        }
    }

    // ---- agreement ----------------------------------------------------------------------------

    @Test
    void aMatchingInterfaceAndWranglerTomlCompile() throws IOException {
        Compilation c = compile(worker(FULL_TOML, SECRETS), FULL_METHODS);
        assertTrue(c.success, c.toString());
        assertEquals(List.of(), c.errors);
        assertTrue(Files.isRegularFile(c.generated.resolve("demo/env/DemoEnv_Bindings.java")));
    }

    @Test
    void withoutSecretsNoSecretsFileIsNeeded() throws IOException {
        Compilation c = compile(worker(FULL_TOML, null), without("SHOPIFY_ACCESS_TOKEN"));
        assertTrue(c.success, c.toString());
    }

    @Test
    void anEmptyInterfaceMatchesAWranglerTomlWithoutBindings() throws IOException {
        Compilation c = compile(worker("name = \"bare\"\n[triggers]\ncrons = [\"0 * * * *\"]\n", null), List.of());
        assertTrue(c.success, c.toString());
    }

    @Test
    void wranglerTomlIsFoundWalkingUpFromTheSourceFileWithoutTheOption() throws IOException {
        Path toml = worker(FULL_TOML, SECRETS);
        Path sources = toml.getParent().resolve("src/main/java");
        Compilation ok = Compilation.compile(work, sources,
                Map.of("demo/env/DemoEnv.java", envSource(FULL_METHODS)), null);
        assertTrue(ok.success, ok.toString());

        Compilation missing = Compilation.compile(work.resolve("second"), sources,
                Map.of("demo/env/DemoEnv.java", envSource(without("INGEST"))), null);
        assertOneError(missing, toml.toString() + " [[services]] declares INGEST", "DemoEnv declares no binding INGEST");
    }

    // ---- a binding missing from wrangler.toml -------------------------------------------------

    @ParameterizedTest
    @CsvSource({
        "R2_BUCKET, '@Binding(\"R2_BUCKET\") R2Bucket bucket();', 'DemoEnv.bucket() declares R2_BUCKET as an R2 bucket (R2Bucket, [[r2_buckets]])', [[r2_buckets]]",
        "INGEST_QUEUE, '@Binding(\"INGEST_QUEUE\") Queue jobs();', 'DemoEnv.jobs() declares INGEST_QUEUE as a queue producer (Queue, [[queues.producers]])', [[queues.producers]]",
        "HYPERDRIVE, '@Binding(\"HYPERDRIVE\") Hyperdrive db();', 'DemoEnv.db() declares HYPERDRIVE as a Hyperdrive binding (Hyperdrive, [[hyperdrive]])', [[hyperdrive]]",
        "INGEST, '@Binding(\"INGEST\") Fetcher ingest();', 'DemoEnv.ingest() declares INGEST as a service binding (Fetcher, [[services]])', [[services]]",
        "CF_ACCESS_AUD, '@Binding(\"CF_ACCESS_AUD\") String accessAudience();', 'DemoEnv.accessAudience() declares CF_ACCESS_AUD as a var (String, [vars])', [vars]",
    })
    void aDeclaredBindingMissingFromWranglerTomlFails(String binding, String method, String declared, String section)
            throws IOException {
        String renamed = method.replace("\"" + binding + "\"", "\"" + binding + "_X\"");
        Path toml = worker(FULL_TOML, SECRETS);
        // The interface binds NAME_X, which wrangler.toml lacks, and does not bind NAME, which it has:
        // one error each way.
        Compilation c = compile(toml, replacing(binding, renamed));
        assertFalse(c.success, c.toString());
        assertEquals(2, c.errors.size(), c.toString());
        String expected = declared.replace(binding + " as", binding + "_X as") + ", but " + toml
                + " has no binding " + binding + "_X (add it under " + section + ")";
        assertTrue(c.errors.contains(expected), "expected «" + expected + "» in " + c.errors);
    }

    // ---- a wrangler.toml binding the interface does not declare --------------------------------

    @ParameterizedTest
    @CsvSource({
        "R2_BUCKET, '[[r2_buckets]] declares R2_BUCKET as an R2 bucket (R2Bucket, [[r2_buckets]]), but DemoEnv declares no binding R2_BUCKET; add @Binding(\"R2_BUCKET\") R2Bucket r2Bucket();'",
        "INGEST_QUEUE, '[[queues.producers]] declares INGEST_QUEUE as a queue producer (Queue, [[queues.producers]]), but DemoEnv declares no binding INGEST_QUEUE; add @Binding(\"INGEST_QUEUE\") Queue ingestQueue();'",
        "HYPERDRIVE, '[[hyperdrive]] declares HYPERDRIVE as a Hyperdrive binding (Hyperdrive, [[hyperdrive]]), but DemoEnv declares no binding HYPERDRIVE; add @Binding(\"HYPERDRIVE\") Hyperdrive hyperdrive();'",
        "INGEST, '[[services]] declares INGEST as a service binding (Fetcher, [[services]]), but DemoEnv declares no binding INGEST; add @Binding(\"INGEST\") Fetcher ingest();'",
        "CF_ACCESS_TEAM_DOMAIN, '[vars] declares CF_ACCESS_TEAM_DOMAIN as a var (String, [vars]), but DemoEnv declares no binding CF_ACCESS_TEAM_DOMAIN; add @Binding(\"CF_ACCESS_TEAM_DOMAIN\") String cfAccessTeamDomain();'",
    })
    void aWranglerTomlBindingTheInterfaceLacksFails(String binding, String expected) throws IOException {
        Path toml = worker(FULL_TOML, SECRETS);
        Compilation c = compile(toml, without(binding));
        assertOneError(c, toml + " " + expected);
    }

    // ---- kinds that differ --------------------------------------------------------------------

    @Test
    void anR2BucketThatWranglerTomlHasAsAQueueFails() throws IOException {
        String toml = FULL_TOML.replace("binding = \"R2_BUCKET\"\nbucket_name = \"b\"", "binding = \"R2_OTHER\"\nbucket_name = \"b\"")
                + "\n[[queues.producers]]\nbinding = \"R2_BUCKET\"\nqueue = \"q\"\n";
        Path path = worker(toml, SECRETS);
        Compilation c = compile(path, replacing("R2_BUCKET", "@Binding(\"R2_BUCKET\") R2Bucket bucket();"
                + " @Binding(\"R2_OTHER\") R2Bucket other();"));
        assertOneError(c, "DemoEnv.bucket() declares R2_BUCKET as an R2 bucket (R2Bucket, [[r2_buckets]]), but "
                + path + " [[queues.producers]] has R2_BUCKET as a queue producer (Queue, [[queues.producers]])");
    }

    @Test
    void aVarThatWranglerTomlHasAsAServiceFails() throws IOException {
        Path path = worker(FULL_TOML, SECRETS);
        Compilation c = compile(path, replacing("INGEST", "@Binding(\"INGEST\") String ingest();"));
        assertOneError(c, "DemoEnv.ingest() declares INGEST as a var (String, [vars]), but " + path
                + " [[services]] has INGEST as a service binding (Fetcher, [[services]])");
    }

    @Test
    void aSecretThatWranglerTomlHasAsAVarFails() throws IOException {
        Path path = worker(FULL_TOML, SECRETS);
        Compilation c = compile(path, replacing("CF_ACCESS_AUD", "@Binding(\"CF_ACCESS_AUD\") Secret audience();"));
        assertOneError(c, "DemoEnv.audience() declares CF_ACCESS_AUD as a secret (Secret, .dev.vars.example), but "
                + path + " [vars] has CF_ACCESS_AUD as a var (String, [vars])");
    }

    @Test
    void aNameBoundTwiceInWranglerTomlFails() throws IOException {
        Path path = worker(FULL_TOML + "\n[[services]]\nbinding = \"R2_BUCKET\"\nservice = \"x\"\n", SECRETS);
        Compilation c = compile(path, FULL_METHODS);
        assertOneError(c, "DemoEnv.bucket() declares R2_BUCKET as an R2 bucket", path + " binds R2_BUCKET more than once",
                "an R2 bucket (R2Bucket, [[r2_buckets]]) and a service binding (Fetcher, [[services]])");
    }

    // ---- secrets ------------------------------------------------------------------------------

    @Test
    void aDeclaredSecretNeedsADevVarsExample() throws IOException {
        Path path = worker(FULL_TOML, null);
        Compilation c = compile(path, FULL_METHODS);
        assertOneError(c, "DemoEnv.shopifyToken() declares SHOPIFY_ACCESS_TOKEN as a secret (Secret, .dev.vars.example),"
                + " but there is no .dev.vars.example beside " + path, "with the line SHOPIFY_ACCESS_TOKEN=");
    }

    @Test
    void aDeclaredSecretMissingFromDevVarsExampleFails() throws IOException {
        Path path = worker(FULL_TOML, SECRETS + "OTHER_SECRET=\n");
        Compilation c = compile(path, replacing("SHOPIFY_ACCESS_TOKEN", "@Binding(\"OTHER_SECRET\") Secret other();"
                + " @Binding(\"WEBHOOK_SECRET\") Secret webhook();"));
        assertFalse(c.success, c.toString());
        assertEquals(2, c.errors.size(), c.toString());
        Path secrets = path.resolveSibling(".dev.vars.example");
        assertTrue(c.errors.contains("DemoEnv.webhook() declares WEBHOOK_SECRET as a secret (Secret, .dev.vars.example), but "
                + secrets + " does not list it (add the line WEBHOOK_SECRET=)"), c.toString());
        assertTrue(c.errors.contains(secrets + " declares SHOPIFY_ACCESS_TOKEN as a secret (Secret, .dev.vars.example),"
                + " but DemoEnv declares no binding SHOPIFY_ACCESS_TOKEN; add @Binding(\"SHOPIFY_ACCESS_TOKEN\") Secret"
                + " shopifyAccessToken();"), c.toString());
    }

    // ---- the interface itself -----------------------------------------------------------------

    @Test
    void badMethodsAreReportedOneByOne() throws IOException {
        Path path = worker(FULL_TOML, SECRETS);
        List<String> methods = new ArrayList<>(FULL_METHODS);
        methods.add("Queue unnamed();");
        methods.add("@Binding(\"COUNT\") int count();");
        methods.add("@Binding(\"LOOKUP\") String lookup(String key);");
        methods.add("@Binding(\"R2_BUCKET\") R2Bucket sameBucket();");
        Compilation c = compile(path, methods);
        assertFalse(c.success, c.toString());
        assertEquals(4, c.errors.size(), c.toString());
        assertTrue(c.errors.get(0).startsWith("DemoEnv.unnamed() has no @Binding(\"NAME\")"), c.toString());
        assertTrue(c.errors.get(1).startsWith("DemoEnv.count() returns int, which is no binding type"), c.toString());
        assertTrue(c.errors.get(2).contains("must take no parameters"), c.toString());
        assertEquals("DemoEnv.sameBucket() declares binding R2_BUCKET again; DemoEnv.bucket() already does", c.errors.get(3));
    }

    @Test
    void workerEnvOnAClassFails() throws IOException {
        Path path = worker(FULL_TOML, SECRETS);
        Compilation c = Compilation.compile(work, work.resolve("src"), Map.of("demo/env/DemoEnv.java",
                "package demo.env;\n@dev.workers4j.env.typed.WorkerEnv\npublic class DemoEnv {}\n"), path);
        assertOneError(c, "@WorkerEnv belongs on an interface");
    }

    @Test
    void anOptionNamingNoFileFails() {
        Path missing = work.resolve("nowhere/wrangler.toml");
        Compilation c = compile(missing, FULL_METHODS);
        assertOneError(c, "-Aworkers4j.wranglerToml names " + missing + ", which is not a file");
    }

    @Test
    void noWranglerTomlAnywhereFails() {
        Compilation c = compile(null, FULL_METHODS);
        // The temp dir has no wrangler.toml in it or (normally) above it.
        assertOneError(c, "found no wrangler.toml to check @WorkerEnv DemoEnv against");
    }

    // ---- the generated class ------------------------------------------------------------------

    @Test
    void theGeneratedClassDelegatesEachMethodToTheRawEnvByName() throws Exception {
        Compilation c = compile(worker(FULL_TOML, SECRETS), FULL_METHODS);
        assertTrue(c.success, c.toString());

        StubEnv raw = new StubEnv();
        Class<?> generated = c.load("demo.env.DemoEnv_Bindings");
        Class<?> iface = c.load("demo.env.DemoEnv");
        Object env = generated.getMethod("of", Env.class).invoke(null, raw);
        assertTrue(iface.isInstance(env));
        assertEquals(iface, generated.getMethod("of", Env.class).getReturnType());

        assertSame(raw.bucket, call(iface, env, "bucket"));
        assertSame(raw.queue, call(iface, env, "jobs"));
        assertSame(raw.hyperdrive, call(iface, env, "db"));
        assertSame(raw.fetcher, call(iface, env, "ingest"));
        assertEquals("aud-value", call(iface, env, "accessAudience"));
        assertEquals("team-value", call(iface, env, "accessTeamDomain"));
        assertEquals("token-value", ((Secret) call(iface, env, "shopifyToken")).reveal());
        assertEquals("demo", call(iface, env, "describe"));   // default methods stay the interface's
        assertEquals(List.of("r2 R2_BUCKET", "queue INGEST_QUEUE", "hyperdrive HYPERDRIVE", "service INGEST",
                "var CF_ACCESS_AUD", "var CF_ACCESS_TEAM_DOMAIN", "secret SHOPIFY_ACCESS_TOKEN"), raw.calls);

        // A var the raw env lacks throws instead of answering null.
        raw.vars.remove("CF_ACCESS_AUD");
        InvocationTargetException thrown = assertThrows(InvocationTargetException.class,
                () -> iface.getMethod("accessAudience").invoke(env));
        assertTrue(thrown.getCause() instanceof MissingBindingException, thrown.getCause().toString());

        InvocationTargetException nullEnv = assertThrows(InvocationTargetException.class,
                () -> generated.getMethod("of", Env.class).invoke(null, (Object) null));
        assertTrue(nullEnv.getCause() instanceof NullPointerException);

        String source = Files.readString(c.generated.resolve("demo/env/DemoEnv_Bindings.java"));
        assertFalse(source.contains("reflect"), source);
        assertTrue(source.contains("return raw().r2(\"R2_BUCKET\");"), source);
        assertTrue(env instanceof Env, "a typed env is also the raw env it wraps");
    }

    // ---- the same check on a compiled interface ---------------------------------------------

    @Test
    void workerEnvCheckFindsWhatTheCompilerFound() throws Exception {
        Path toml = worker(FULL_TOML, SECRETS);
        Compilation c = compile(toml, FULL_METHODS);
        assertTrue(c.success, c.toString());
        Class<?> iface = c.load("demo.env.DemoEnv");
        assertEquals(List.of(), WorkerEnvCheck.problems(iface, toml));

        // wrangler.toml changes after the compilation: the compiled interface no longer matches.
        Files.writeString(toml, FULL_TOML.replace("binding = \"INGEST\"", "binding = \"INGEST_SERVICE\"")
                .replace("[[r2_buckets]]", "[[queues.producers]]"));
        assertEquals(List.of(
                "DemoEnv.bucket() declares R2_BUCKET as an R2 bucket (R2Bucket, [[r2_buckets]]), but " + toml
                        + " [[queues.producers]] has R2_BUCKET as a queue producer (Queue, [[queues.producers]])",
                "DemoEnv.ingest() declares INGEST as a service binding (Fetcher, [[services]]), but " + toml
                        + " has no binding INGEST (add it under [[services]])",
                toml + " [[services]] declares INGEST_SERVICE as a service binding (Fetcher, [[services]]), but DemoEnv"
                        + " declares no binding INGEST_SERVICE; add @Binding(\"INGEST_SERVICE\") Fetcher ingestService();"),
                WorkerEnvCheck.problems(iface, toml));
        assertEquals(List.of("java.lang.Runnable is not a @WorkerEnv interface"),
                WorkerEnvCheck.problems(Runnable.class, toml));
    }

    private static Object call(Class<?> iface, Object env, String method) throws Exception {
        Method m = iface.getMethod(method);
        return m.invoke(env);
    }

    /** A raw env that records each lookup and answers with fixed stand-ins. */
    static final class StubEnv implements Env {
        final List<String> calls = new ArrayList<>();
        final Map<String, String> vars = new HashMap<>(Map.of("CF_ACCESS_AUD", "aud-value",
                "CF_ACCESS_TEAM_DOMAIN", "team-value"));
        final R2Bucket bucket = stub(R2Bucket.class);
        final Queue queue = stub(Queue.class);
        final Hyperdrive hyperdrive = stub(Hyperdrive.class);
        final Fetcher fetcher = stub(Fetcher.class);

        private static <T> T stub(Class<T> type) {
            return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                    (proxy, method, args) -> method.getName().equals("toString") ? type.getSimpleName() : null));
        }

        @Override
        public String var(String name) {
            calls.add("var " + name);
            return vars.get(name);
        }

        @Override
        public Secret secret(String name) {
            calls.add("secret " + name);
            return new Secret(name, "SHOPIFY_ACCESS_TOKEN".equals(name) ? "token-value" : null);
        }

        @Override
        public R2Bucket r2(String name) {
            calls.add("r2 " + name);
            return "R2_BUCKET".equals(name) ? bucket : Env.super.r2(name);
        }

        @Override
        public Queue queue(String name) {
            calls.add("queue " + name);
            return "INGEST_QUEUE".equals(name) ? queue : Env.super.queue(name);
        }

        @Override
        public Hyperdrive hyperdrive(String name) {
            calls.add("hyperdrive " + name);
            return "HYPERDRIVE".equals(name) ? hyperdrive : Env.super.hyperdrive(name);
        }

        @Override
        public Fetcher service(String name) {
            calls.add("service " + name);
            return "INGEST".equals(name) ? fetcher : Env.super.service(name);
        }
    }
}
