package dev.workers4j.entry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * The bindings a Worker's wrangler.toml declares at its top level (not under [env.*]), by name,
 * of the kinds a @WorkerEnv interface can express, plus the secret names listed in
 * .dev.vars.example beside it. Other kinds (KV, D1, Durable Objects...) are not read.
 */
final class WranglerBindings {
    static final String SECRETS_FILE = ".dev.vars.example";

    final Path wranglerToml;
    /** Null when there is no .dev.vars.example beside wrangler.toml. */
    final Path secretsFile;
    /** Every binding name with the kind(s) wrangler.toml gives it; more than one is a conflict. */
    final Map<String, List<BindingKind>> bindings = new LinkedHashMap<>();

    private WranglerBindings(Path wranglerToml, Path secretsFile) {
        this.wranglerToml = wranglerToml;
        this.secretsFile = secretsFile;
    }

    static WranglerBindings read(Path wranglerToml) throws IOException {
        TomlParseResult toml = Toml.parse(Files.readString(wranglerToml, StandardCharsets.UTF_8));
        if (toml.hasErrors()) {
            throw new IOException("not valid TOML: " + toml.errors());
        }
        Path secrets = wranglerToml.resolveSibling(SECRETS_FILE);
        WranglerBindings result = new WranglerBindings(wranglerToml, Files.isRegularFile(secrets) ? secrets : null);
        TomlTable vars = toml.getTable("vars");
        if (vars != null) {
            for (String key : vars.keySet()) {
                result.add(key, BindingKind.VAR);
            }
        }
        result.addArray(toml, "r2_buckets", BindingKind.R2);
        result.addArray(toml, "queues.producers", BindingKind.QUEUE);
        result.addArray(toml, "hyperdrive", BindingKind.HYPERDRIVE);
        result.addArray(toml, "services", BindingKind.SERVICE);
        if (result.secretsFile != null) {
            for (String line : Files.readAllLines(result.secretsFile, StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (trimmed.startsWith("export ")) {
                    trimmed = trimmed.substring("export ".length()).strip();
                }
                int eq = trimmed.indexOf('=');
                String name = (eq < 0 ? trimmed : trimmed.substring(0, eq)).strip();
                if (!name.isEmpty()) {
                    result.add(name, BindingKind.SECRET);
                }
            }
        }
        return result;
    }

    private void addArray(TomlParseResult toml, String key, BindingKind kind) throws IOException {
        TomlArray array;
        try {
            array = toml.getArray(key);
        } catch (RuntimeException notAnArray) {
            throw new IOException(key + " is not an array of tables");
        }
        if (array == null) {
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            Object entry = array.get(i);
            String binding = entry instanceof TomlTable ? ((TomlTable) entry).getString("binding") : null;
            if (binding == null) {
                throw new IOException("an entry of [[" + key + "]] has no binding name");
            }
            add(binding, kind);
        }
    }

    private void add(String name, BindingKind kind) {
        List<BindingKind> kinds = bindings.computeIfAbsent(name, n -> new ArrayList<>());
        if (!kinds.contains(kind)) {
            kinds.add(kind);
        }
    }

    /** Where a kind of binding is declared: wrangler.toml's section, or the secrets file. */
    String where(BindingKind kind) {
        if (kind == BindingKind.SECRET) {
            return secretsFile != null ? secretsFile.toString() : wranglerToml.resolveSibling(SECRETS_FILE).toString();
        }
        return wranglerToml + " " + kind.section;
    }
}
