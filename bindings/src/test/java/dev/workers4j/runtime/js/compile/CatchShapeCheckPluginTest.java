package dev.workers4j.runtime.js.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workers4j.runtime.js.compile.fixtures.CatchShapes;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catch shape TeaVM 0.15 strict mode mis-compiles fails the build; the shapes that avoid it do not. */
class CatchShapeCheckPluginTest {
  @TempDir
  Path output;

  @Test
  void onlyTheMisCompiledShapesThatAreNotExemptFailTheBuild() throws Exception {
    List<String> errors = TeaVmCompilation.of(CatchShapes.class, output).errorsStartingWith("TeaVM catch miscompile");
    String advice = "TeaVM 0.15 in strict mode makes it read an unassigned copy there. Use the parameter before the "
        + "try, or run the try in Attempt.run(() -> ...) and test the failure it returns; @AllowTeaVmCatchShape keeps "
        + "the code as is.";
    assertEquals(List.of(
        "TeaVM catch miscompile: in dev.workers4j.runtime.js.compile.fixtures.CatchShapes.parameterFirstUsedInTry "
            + "(CatchShapes.java:27) the catch path reads parameter 'trace', which the try dereferences first "
            + "(line 25). " + advice,
        "TeaVM catch miscompile: in dev.workers4j.runtime.js.compile.fixtures.CatchShapes.settleInCatch "
            + "(CatchShapes.java:72) the catch path reads parameter 'result', which the try dereferences first "
            + "(line 70). " + advice),
        errors.stream().sorted().toList());
  }
}
