package dev.workers4j.runtime.js.compile;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teavm.asm.ClassReader;
import org.teavm.asm.tree.AnnotationNode;
import org.teavm.asm.tree.ClassNode;
import org.teavm.asm.tree.MethodNode;
import org.teavm.asm.tree.analysis.AnalyzerException;
import org.teavm.dependency.AbstractDependencyListener;
import org.teavm.dependency.DependencyAgent;
import org.teavm.dependency.MethodDependency;
import org.teavm.model.CallLocation;
import org.teavm.model.MethodReference;
import org.teavm.model.TextLocation;
import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;

/**
 * Compile-time TeaVM plugin (found through META-INF/services): a Worker build fails at each
 * method TeaVM reaches that has the catch shape TeaVM 0.15 in strict mode mis-compiles
 * ({@link CatchShape}), naming the method, the parameter and the lines, so {@code Attempt.run} is
 * needed only where it matters. {@code @AllowTeaVmCatchShape} on the method or class exempts it.
 */
public final class CatchShapeCheckPlugin extends AbstractDependencyListener implements TeaVMPlugin {
  private static final String EXEMPT = "Ldev/workers4j/worker/AllowTeaVmCatchShape;";

  private final Map<String, ClassNode> classes = new HashMap<>();

  @Override
  public void install(TeaVMHost host) {
    host.add(this);
  }

  @Override
  public void methodReached(DependencyAgent agent, MethodDependency dependency) {
    MethodReference ref = dependency.getReference();
    if (ClassLibrary.contains(ref.getClassName())) return;
    ClassNode cls = classes.computeIfAbsent(ref.getClassName(), name -> read(agent.getClassLoader(), name));
    if (cls == null || exempt(cls.invisibleAnnotations)) return;
    String descriptor = ref.getDescriptor().signatureToString();
    for (MethodNode method : cls.methods) {
      if (method.name.equals(ref.getName()) && method.desc.equals(descriptor) && !exempt(method.invisibleAnnotations)) {
        check(agent, ref, cls, method);
      }
    }
  }

  private static void check(DependencyAgent agent, MethodReference ref, ClassNode cls, MethodNode method) {
    List<CatchShape.Finding> findings;
    try {
      findings = CatchShape.find(cls.name, method);
    } catch (AnalyzerException e) {
      return; // bytecode ASM cannot analyse: TeaVM reports its own problems with it
    }
    String file = cls.sourceFile == null ? null
        : cls.name.substring(0, cls.name.lastIndexOf('/') + 1) + cls.sourceFile;
    for (CatchShape.Finding finding : findings) {
      String where = ref.getClassName() + "." + ref.getName() + " (" + cls.sourceFile + ":" + finding.catchLine + ")";
      agent.getDiagnostics().error(new CallLocation(ref, new TextLocation(file, finding.catchLine)),
          "TeaVM catch miscompile: in " + where + " the catch path reads parameter '" + finding.parameter
          + "', which the try dereferences first (line " + finding.dereferenceLine + "). TeaVM 0.15 in strict "
          + "mode makes it read an unassigned copy there. Use the parameter before the try, or run the try in "
          + "Attempt.run(() -> ...) and test the failure it returns; @AllowTeaVmCatchShape keeps the code as is.");
    }
  }

  private static boolean exempt(List<AnnotationNode> annotations) {
    if (annotations == null) return false;
    for (AnnotationNode annotation : annotations) {
      if (annotation.desc.equals(EXEMPT)) return true;
    }
    return false;
  }

  /** The class file as ASM reads it, or null when the class loader has none (generated classes). */
  private static ClassNode read(ClassLoader loader, String className) {
    try (InputStream in = loader.getResourceAsStream(className.replace('.', '/') + ".class")) {
      if (in == null) return null;
      ClassNode node = new ClassNode();
      new ClassReader(in).accept(node, ClassReader.SKIP_FRAMES);
      return node;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
