package dev.workers4j.entry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles small sources on disk with the JDK compiler and both processors, as a Worker build would. */
final class Compilation {
    final boolean success;
    final List<String> errors;
    final Path classes;
    final Path generated;
    private URLClassLoader loader;

    private Compilation(boolean success, List<String> errors, Path classes, Path generated) {
        this.success = success;
        this.errors = errors;
        this.classes = classes;
        this.generated = generated;
    }

    /**
     * Writes {@code sources} (relative path -> text) under {@code sourceRoot} and compiles them;
     * {@code wranglerToml} non-null passes it as -Aworkers4j.wranglerToml.
     */
    static Compilation compile(Path work, Path sourceRoot, Map<String, String> sources, Path wranglerToml) {
        try {
            List<Path> files = new ArrayList<>();
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = sourceRoot.resolve(source.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                files.add(file);
            }
            Path classes = Files.createDirectories(work.resolve("out/classes"));
            Path generated = Files.createDirectories(work.resolve("out/generated"));
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            List<String> options = new ArrayList<>(List.of(
                    "-classpath", System.getProperty("java.class.path"),
                    "-d", classes.toString(), "-s", generated.toString(), "--release", "17"));
            if (wranglerToml != null) {
                options.add("-A" + WorkerEnvProcessor.WRANGLER_TOML_OPTION + "=" + wranglerToml);
            }
            try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
                JavaCompiler.CompilationTask task = javac.getTask(null, fileManager, diagnostics, options, null,
                        fileManager.getJavaFileObjectsFromPaths(files));
                task.setProcessors(List.of(new WorkerEnvProcessor(), new WorkerEntryProcessor()));
                boolean success = task.call();
                List<String> errors = diagnostics.getDiagnostics().stream()
                        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                        .map(d -> d.getMessage(Locale.ROOT))
                        .collect(Collectors.toList());
                return new Compilation(success, errors, classes, generated);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads a compiled class, with the test's class path (Env, R2Bucket...) as parent. */
    Class<?> load(String name) throws Exception {
        if (loader == null) {
            loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
        }
        return Class.forName(name, true, loader);
    }

    @Override
    public String toString() {
        return (success ? "compiled" : "failed") + " " + errors;
    }
}
