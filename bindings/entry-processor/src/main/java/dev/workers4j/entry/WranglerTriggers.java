package dev.workers4j.entry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;

/** A wrangler.toml's name and [triggers] crons, as the generated Worker main class bakes them in. */
final class WranglerTriggers {
    /** Null when unknown. */
    final String name;
    /** Null when there is no (readable) wrangler.toml: the Worker then lets any cron through. */
    final List<String> crons;

    private WranglerTriggers(String name, List<String> crons) {
        this.name = name;
        this.crons = crons;
    }

    static WranglerTriggers read(Path wranglerToml) {
        if (wranglerToml == null) {
            return new WranglerTriggers(null, null);
        }
        TomlParseResult toml;
        try {
            toml = Toml.parse(Files.readString(wranglerToml, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new WranglerTriggers(null, null);
        }
        List<String> crons = new ArrayList<>();
        TomlArray array = toml.getArray("triggers.crons");
        if (array != null) {
            for (int i = 0; i < array.size(); i++) {
                crons.add(array.getString(i));
            }
        }
        return new WranglerTriggers(toml.getString("name"), crons);
    }
}
