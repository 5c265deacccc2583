package dev.workers4j.runtime.js.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teavm.callgraph.CallGraphNode;
import org.teavm.callgraph.CallSite;
import org.teavm.dependency.AbstractDependencyListener;
import org.teavm.dependency.DependencyAgent;
import org.teavm.dependency.MethodDependency;
import org.teavm.model.CallLocation;
import org.teavm.model.MethodReference;
import org.teavm.model.TextLocation;
import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;

/**
 * Compile-time TeaVM plugin (found through META-INF/services): a Worker build fails where Worker
 * or library code calls reflection, naming the calling method and its source line.
 *
 * <p>TeaVM compiles these calls, and the JVM tests pass, but TeaVM keeps no metadata for them:
 * in workerd {@code Class.forName} throws ClassNotFoundException, {@code getMethod} and friends
 * find nothing, {@code newInstance} throws and {@code ServiceLoader} finds no service. Calls made
 * inside the class library itself (java.*, TeaVM's own) are its business and are not reported.
 */
public final class ReflectionCheckPlugin extends AbstractDependencyListener implements TeaVMPlugin {
  /** Reflective methods by class, each with what to do instead. */
  private static final Map<String, List<String>> REFLECTION = Map.of(
      "java.lang.Class", List.of("forName", "getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods",
          "getField", "getFields", "getDeclaredField", "getDeclaredFields", "getConstructor", "getConstructors",
          "getDeclaredConstructor", "getDeclaredConstructors", "newInstance"),
      "java.lang.reflect.Method", List.of("invoke"),
      "java.lang.reflect.Constructor", List.of("newInstance"),
      "java.lang.reflect.Field", List.of("get", "set"),
      "java.lang.reflect.Proxy", List.of("newProxyInstance"),
      "java.util.ServiceLoader", List.of("load"));

  private static final String ADVICE = "TeaVM keeps no reflection metadata, so in workerd this throws or finds "
      + "nothing (the JVM tests still pass). Call the code directly: new Foo(), a Supplier such as Foo::new, "
      + "a generated JSON codec.";

  private final List<MethodReference> reached = new ArrayList<>();

  @Override
  public void install(TeaVMHost host) {
    host.add(this);
  }

  @Override
  public void methodReached(DependencyAgent agent, MethodDependency method) {
    MethodReference ref = method.getReference();
    List<String> names = REFLECTION.get(ref.getClassName());
    if (names != null && names.contains(ref.getName())) reached.add(ref);
  }

  /** All calls are known once analysis completes; each is reported at its call site. */
  @Override
  public void completing(DependencyAgent agent) {
    for (MethodReference reflective : reached) {
      CallGraphNode node = agent.getCallGraph().getNode(reflective);
      for (CallSite site : node.getCallerCallSites()) {
        for (CallGraphNode caller : site.getCallers()) {
          MethodReference from = caller.getMethod();
          if (ClassLibrary.contains(from.getClassName())) continue;
          List<TextLocation> lines = new ArrayList<>(site.getLocations(caller));
          if (lines.isEmpty()) lines.add(null);
          for (TextLocation line : lines) {
            agent.getDiagnostics().error(new CallLocation(from, line), describe(reflective, from, line));
          }
        }
      }
    }
    reached.clear();
  }

  private static String describe(MethodReference reflective, MethodReference from, TextLocation line) {
    String where = from.getClassName() + "." + from.getName()
        + (line == null || line.getFileName() == null ? "" : " (" + fileName(line) + ":" + line.getLine() + ")");
    String simpleClass = reflective.getClassName().substring(reflective.getClassName().lastIndexOf('.') + 1);
    return "Reflection in a Worker: " + where + " calls " + simpleClass + "." + reflective.getName() + ". " + ADVICE;
  }

  private static String fileName(TextLocation line) {
    String file = line.getFileName();
    return file.substring(file.lastIndexOf('/') + 1);
  }
}
