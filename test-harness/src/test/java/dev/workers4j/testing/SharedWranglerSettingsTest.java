package dev.workers4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;

/** The top-level wrangler.toml's shared settings hold in every Worker's own config. */
class SharedWranglerSettingsTest {
    @Test
    void everyWorkerUsesTheSharedCompatibilitySettings() throws IOException {
        Path root = RepositoryRoot.find();
        TomlParseResult shared = Toml.parse(root.resolve("wrangler.toml"));
        try (var workers = Files.list(root.resolve("workers"))) {
            for (Path config : workers.map(dir -> dir.resolve("wrangler.toml")).filter(Files::exists).toList()) {
                TomlParseResult worker = Toml.parse(config);
                assertEquals(shared.getString("compatibility_date"), worker.getString("compatibility_date"),
                        config + " drifts from the shared compatibility_date");
                assertEquals(flags(shared.getArray("compatibility_flags")), flags(worker.getArray("compatibility_flags")),
                        config + " drifts from the shared compatibility_flags");
            }
        }
    }

    private static java.util.List<Object> flags(TomlArray array) {
        return array == null ? java.util.List.of() : array.toList();
    }
}
