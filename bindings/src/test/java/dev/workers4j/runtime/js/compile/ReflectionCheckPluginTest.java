package dev.workers4j.runtime.js.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.runtime.js.compile.fixtures.ReflectiveWorker;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Worker that reaches reflection fails its TeaVM build at each call, with class and line. */
class ReflectionCheckPluginTest {
  @TempDir
  Path output;

  @Test
  void eachReflectiveCallIsABuildErrorAtItsLine() throws Exception {
    List<String> errors = TeaVmCompilation.of(ReflectiveWorker.class, output)
        .errorsStartingWith("Reflection in a Worker");
    String where = "dev.workers4j.runtime.js.compile.fixtures.ReflectiveWorker.main (ReflectiveWorker.java:";
    assertTrue(errors.contains("Reflection in a Worker: " + where + "8) calls Class.forName. "
        + "TeaVM keeps no reflection metadata, so in workerd this throws or finds nothing (the JVM tests still "
        + "pass). Call the code directly: new Foo(), a Supplier such as Foo::new, a generated JSON codec."),
        String.join("\n", errors));
    assertTrue(errors.stream().anyMatch(e -> e.startsWith("Reflection in a Worker: " + where + "9) calls Class.getDeclaredConstructor.")), String.join("\n", errors));
    assertTrue(errors.stream().anyMatch(e -> e.startsWith("Reflection in a Worker: " + where + "9) calls Constructor.newInstance.")), String.join("\n", errors));
    assertTrue(errors.stream().anyMatch(e -> e.startsWith("Reflection in a Worker: " + where + "10) calls Class.getMethod.")), String.join("\n", errors));
    assertEquals(4, errors.size(), String.join("\n", errors));
  }
}
