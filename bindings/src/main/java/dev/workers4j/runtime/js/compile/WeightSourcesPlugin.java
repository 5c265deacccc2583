package dev.workers4j.runtime.js.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.teavm.callgraph.CallGraphNode;
import org.teavm.callgraph.CallSite;
import org.teavm.dependency.AbstractDependencyListener;
import org.teavm.dependency.DependencyAgent;
import org.teavm.dependency.MethodDependency;
import org.teavm.model.MethodReference;
import org.teavm.model.TextLocation;
import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;

/**
 * Compile-time TeaVM plugin (found through META-INF/services): writes where Worker or library
 * code calls the class-library APIs known to pull in much code (the regex engine, String.format,
 * java.text, java.time formatting and zones), one line per call site, to the file the TeaVM
 * property {@code workers4j.weightSources} names. build/tools/BundleReport.java prints them when a
 * bundle is over its budget. Without the property it does nothing.
 */
public final class WeightSourcesPlugin extends AbstractDependencyListener implements TeaVMPlugin {
  static final String PROPERTY = "workers4j.weightSources";

  /** Heavy entry points by class and method name, with the feature BundleReport names. */
  private static final Map<String, Map<String, String>> HEAVY = Map.of(
      "java.lang.String", Map.of("split", "java.util.regex", "matches", "java.util.regex",
          "replaceAll", "java.util.regex", "replaceFirst", "java.util.regex",
          "format", "java.util.Formatter", "formatted", "java.util.Formatter"),
      "java.util.regex.Pattern", Map.of("compile", "java.util.regex", "matches", "java.util.regex"),
      "java.util.Formatter", Map.of("format", "java.util.Formatter"),
      "java.text.SimpleDateFormat", Map.of("<init>", "java.text"),
      "java.text.DecimalFormat", Map.of("<init>", "java.text"),
      "java.text.MessageFormat", Map.of("format", "java.text"),
      "java.time.format.DateTimeFormatter", Map.of("ofPattern", "java.time", "format", "java.time", "parse", "java.time"),
      "java.time.ZoneId", Map.of("of", "java.time"));

  private Path output;
  private final List<MethodReference> reached = new ArrayList<>();

  @Override
  public void install(TeaVMHost host) {
    String file = host.getProperties().getProperty(PROPERTY);
    if (file == null || file.isBlank()) return;
    output = Path.of(file);
    host.add(this);
  }

  @Override
  public void methodReached(DependencyAgent agent, MethodDependency method) {
    MethodReference ref = method.getReference();
    Map<String, String> methods = HEAVY.get(ref.getClassName());
    if (methods != null && methods.containsKey(ref.getName())) reached.add(ref);
  }

  /** {@code feature<TAB>what is called<TAB>caller (File.java:line)} for each call site outside the class library. */
  @Override
  public void completing(DependencyAgent agent) {
    Set<String> lines = new LinkedHashSet<>();
    for (MethodReference heavy : reached) {
      String feature = HEAVY.get(heavy.getClassName()).get(heavy.getName());
      String called = heavy.getClassName().substring(heavy.getClassName().lastIndexOf('.') + 1) + "." + heavy.getName();
      for (CallSite site : agent.getCallGraph().getNode(heavy).getCallerCallSites()) {
        for (CallGraphNode caller : site.getCallers()) {
          MethodReference from = caller.getMethod();
          if (ClassLibrary.contains(from.getClassName())) continue;
          for (TextLocation line : site.getLocations(caller)) {
            lines.add(feature + "\t" + called + "\t" + from.getClassName() + "." + from.getName()
                + (line.getFileName() == null ? "" : " (" + fileName(line) + ":" + line.getLine() + ")"));
          }
          if (site.getLocations(caller).isEmpty()) {
            lines.add(feature + "\t" + called + "\t" + from.getClassName() + "." + from.getName());
          }
        }
      }
    }
    try {
      Files.createDirectories(output.toAbsolutePath().getParent());
      Files.write(output, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      agent.getDiagnostics().warning(null, "cannot write " + output + ": " + e.getMessage());
    }
    reached.clear();
  }

  private static String fileName(TextLocation line) {
    String file = line.getFileName();
    return file.substring(file.lastIndexOf('/') + 1);
  }
}
