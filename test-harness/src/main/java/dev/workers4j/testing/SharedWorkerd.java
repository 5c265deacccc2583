package dev.workers4j.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One workerd per set of Workers and environment for the whole test run of a module (one JVM):
 * every test class that serves the same Workers shares it, so a module starts workerd once.
 * Kept in JUnit's root store, which closes it when the run ends.
 */
final class SharedWorkerd implements ExtensionContext.Store.CloseableResource {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedWorkerd.class);

    private final WorkerdServer server;

    private SharedWorkerd(WorkerdServer server) {
        this.server = server;
    }

    private record Key(List<String> wranglerTomls, Map<String, String> environment) {
    }

    static WorkerdServer get(ExtensionContext context, Map<String, String> environment, String... wranglerTomls) {
        Key key = new Key(Arrays.asList(wranglerTomls), Map.copyOf(environment));
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(key, k -> new SharedWorkerd(WorkerdServer.start(environment, wranglerTomls)),
                        SharedWorkerd.class)
                .server;
    }

    @Override
    public void close() {
        server.close();
    }
}
