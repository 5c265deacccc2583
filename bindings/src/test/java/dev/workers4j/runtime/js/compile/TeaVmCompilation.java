package dev.workers4j.runtime.js.compile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.teavm.diagnostics.DefaultProblemTextConsumer;
import org.teavm.diagnostics.Problem;
import org.teavm.tooling.TeaVMTargetType;
import org.teavm.tooling.TeaVMTool;
import org.teavm.tooling.TeaVMToolException;
import org.teavm.vm.TeaVMOptimizationLevel;

/**
 * Compiles a main class of the test sources to JavaScript with TeaVM, as a Worker build does
 * (the plugins of META-INF/services on the test class path included), and keeps the errors.
 */
final class TeaVmCompilation {
  final List<String> errors = new ArrayList<>();

  static TeaVmCompilation of(Class<?> main, Path output) throws TeaVMToolException {
    return of(main, output, new Properties());
  }

  /** With TeaVM properties, as a Worker's pom passes them to the TeaVM Maven plugin. */
  static TeaVmCompilation of(Class<?> main, Path output, Properties properties) throws TeaVMToolException {
    TeaVMTool tool = new TeaVMTool();
    tool.getProperties().putAll(properties);
    tool.setClassLoader(TeaVmCompilation.class.getClassLoader());
    tool.setMainClass(main.getName());
    tool.setTargetType(TeaVMTargetType.JAVASCRIPT);
    tool.setOptimizationLevel(TeaVMOptimizationLevel.SIMPLE);
    tool.setStrict(true);
    tool.setTargetDirectory(output.toFile());
    tool.setTargetFileName("fixture.js");
    tool.generate();
    TeaVmCompilation compilation = new TeaVmCompilation();
    DefaultProblemTextConsumer text = new DefaultProblemTextConsumer();
    for (Problem problem : tool.getProblemProvider().getSevereProblems()) {
      text.clear();
      problem.render(text);
      compilation.errors.add(text.getText());
    }
    return compilation;
  }

  /** The errors that start with {@code prefix}. */
  List<String> errorsStartingWith(String prefix) {
    List<String> out = new ArrayList<>();
    for (String error : errors) if (error.startsWith(prefix)) out.add(error);
    return out;
  }
}
