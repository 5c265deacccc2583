package dev.workers4j.json.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mapping errors as a Worker build meets them: each names the type, the property and its line; all in one build. */
class ProcessorErrorsTest {
  @TempDir
  Path work;

  @Test
  void everyUnmappablePropertyOfEveryTypeIsReportedAtItsLine() throws IOException {
    List<Diagnostic<? extends JavaFileObject>> errors = compile("shop/Order.java", String.join("\n",
        "package shop;",                                         // 1
        "import dev.workers4j.json.JsonCodecType;",              // 2
        "@JsonCodecType",                                        // 3
        "public record Order(",                                  // 4
        "    String name,",                                      // 5
        "    java.util.Locale locale,",                          // 6
        "    Customer customer,",                                // 7
        "    java.time.ZonedDateTime at,",                       // 8
        "    java.util.UUID id) {",                              // 9
        "  public record Customer(String name, java.util.Currency currency) {}", // 10
        "}"));
    List<String> lines = errors.stream()
        .map(d -> d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
        .collect(Collectors.toList());
    assertEquals(3, lines.size(), String.join("\n", lines));
    assertTrue(lines.get(0).startsWith("6: workers4j-json: record Order, property 'locale': "
        + "no JSON mapping for java.util.Locale (supported: String,"), lines.get(0));
    assertTrue(lines.get(1).startsWith("8: workers4j-json: record Order, property 'at': "
        + "no JSON mapping for java.time.ZonedDateTime"), lines.get(1));
    assertTrue(lines.get(2).startsWith("10: workers4j-json: record Customer, property 'currency': "
        + "no JSON mapping for java.util.Currency"), lines.get(2));
  }

  @Test
  void aClassFieldTheCodecCannotReachIsNamed() throws IOException {
    List<Diagnostic<? extends JavaFileObject>> errors = compile("shop/Tag.java", String.join("\n",
        "package shop;",
        "import com.fasterxml.jackson.annotation.JsonProperty;",
        "import dev.workers4j.json.JsonCodecType;",
        "@JsonCodecType",
        "public class Tag {",
        "  @JsonProperty private String label;",
        "  @JsonProperty private Thread owner;",
        "}"));
    assertEquals(2, errors.size(), errors.toString());
    assertEquals(6, errors.get(0).getLineNumber());
    assertTrue(errors.get(0).getMessage(Locale.ROOT).contains("class Tag, property 'label': private field"));
    assertEquals(7, errors.get(1).getLineNumber());
  }

  @Test
  void anAnnotationThatDoesNotFitTheComponentIsReportedAtItsLine() throws IOException {
    List<Diagnostic<? extends JavaFileObject>> errors = compile("shop/Price.java", String.join("\n",
        "package shop;",
        "import com.fasterxml.jackson.annotation.JsonFormat;",
        "@dev.workers4j.json.JsonCodecType",
        "public record Price(",
        "    @JsonFormat(shape = JsonFormat.Shape.STRING) int cents) {}"));
    assertEquals(1, errors.size(), errors.toString());
    assertEquals(5, errors.get(0).getLineNumber());
    assertEquals("workers4j-json: record Price, property 'cents': @JsonFormat(shape = STRING) is supported on "
        + "BigDecimal properties only", errors.get(0).getMessage(Locale.ROOT));
  }

  @Test
  void uuidAndLocalDateTimeNeedNoMapping() throws IOException {
    assertFalse(compile("shop/Event.java", String.join("\n",
        "package shop;",
        "@dev.workers4j.json.JsonCodecType",
        "public record Event(java.util.UUID id, java.time.LocalDateTime at) {}")).iterator().hasNext());
  }

  /** The errors javac reports compiling one source with the processor, as a Worker module's build does. */
  private List<Diagnostic<? extends JavaFileObject>> compile(String path, String source) throws IOException {
    Path file = work.resolve("src").resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);
    Path out = Files.createDirectories(work.resolve("out"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = new ArrayList<>(List.of("-classpath", System.getProperty("java.class.path"),
        "-d", out.toString(), "-s", out.toString(), "--release", "17", "-proc:only"));
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(List.of(file)));
      task.setProcessors(List.of(new JsonCodecProcessor()));
      task.call();
    }
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .collect(Collectors.toList());
  }
}
