package dev.workers4j.entry;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Where a Worker's wrangler.toml is, for the processors that read it: the processor option
 * {@code workers4j.wranglerToml} when set, else the nearest one at or above the source file.
 */
final class WranglerTomlLocation {
    static final String OPTION = "workers4j.wranglerToml";

    private WranglerTomlLocation() {
    }

    /** The option's path (which may name no file), or null when the option is not set. */
    static Path option(ProcessingEnvironment env) {
        String option = env.getOptions().get(OPTION);
        return option == null || option.isBlank() ? null : Path.of(option.strip()).toAbsolutePath().normalize();
    }

    /** The nearest wrangler.toml at or above {@code start}, or null. */
    static Path nearest(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("wrangler.toml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The option's file, else the nearest above the element's source; null when neither exists. */
    static Path find(ProcessingEnvironment env, Element element) {
        Path option = option(env);
        if (option != null) {
            return Files.isRegularFile(option) ? option : null;
        }
        return nearest(sourceDirectory(env, element));
    }

    /** The directory of the element's source file, else the class output directory, else null. */
    static Path sourceDirectory(ProcessingEnvironment env, Element element) {
        try {
            TreePath path = Trees.instance(env).getPath(element);
            if (path != null) {
                URI uri = path.getCompilationUnit().getSourceFile().toUri();
                if ("file".equals(uri.getScheme())) {
                    return Path.of(uri).toAbsolutePath().getParent();
                }
            }
        } catch (RuntimeException | LinkageError notJavac) {
            // Not javac's own processing environment: fall back to the class output.
        }
        try {
            FileObject probe = env.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "", "workers4j-wrangler-probe");
            URI uri = probe.toUri();
            if ("file".equals(uri.getScheme())) {
                return Path.of(uri).toAbsolutePath().getParent();
            }
        } catch (IOException | RuntimeException ignored) {
            // No usable location.
        }
        return null;
    }
}
