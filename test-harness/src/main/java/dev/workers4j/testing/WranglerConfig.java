package dev.workers4j.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
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

/** The parts of a Worker's wrangler.toml the JVM harness reproduces. */
public final class WranglerConfig {
    private final Path path;
    private final TomlParseResult toml;

    private WranglerConfig(Path path, TomlParseResult toml) {
        this.path = path;
        this.toml = toml;
    }

    public static WranglerConfig read(Path path) {
        try {
            TomlParseResult toml = Toml.parse(Files.readString(path));
            if (toml.hasErrors()) {
                throw new IllegalArgumentException(path + " is not valid TOML: " + toml.errors());
            }
            return new WranglerConfig(path.toAbsolutePath(), toml);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    public Path path() {
        return path;
    }

    public String name() {
        return toml.getString("name");
    }

    /** [vars] as strings. */
    public Map<String, String> vars() {
        Map<String, String> vars = new LinkedHashMap<>();
        TomlTable table = toml.getTable("vars");
        if (table != null) {
            for (String key : table.keySet()) {
                vars.put(key, String.valueOf(table.get(List.of(key))));
            }
        }
        return vars;
    }

    /** The binding names of an array of tables, e.g. "r2_buckets" or "hyperdrive". */
    public List<String> bindings(String tableArray) {
        List<String> names = new ArrayList<>();
        TomlArray array = toml.getArray(tableArray);
        if (array != null) {
            for (int i = 0; i < array.size(); i++) {
                names.add(array.getTable(i).getString("binding"));
            }
        }
        return names;
    }

    /**
     * [[r2_buckets]]: binding name to bucket_name (the binding's own name when bucket_name is
     * absent). Workers that name the same bucket share it, locally as on the platform.
     */
    public Map<String, String> r2Buckets() {
        Map<String, String> buckets = new LinkedHashMap<>();
        TomlArray array = toml.getArray("r2_buckets");
        if (array != null) {
            for (int i = 0; i < array.size(); i++) {
                TomlTable table = array.getTable(i);
                String bucket = table.getString("bucket_name");
                buckets.put(table.getString("binding"), bucket != null ? bucket : table.getString("binding"));
            }
        }
        return buckets;
    }

    /** [triggers] crons. */
    public List<String> crons() {
        List<String> crons = new ArrayList<>();
        TomlArray array = toml.getArray("triggers.crons");
        if (array != null) {
            for (int i = 0; i < array.size(); i++) {
                crons.add(array.getString(i));
            }
        }
        return crons;
    }
}
