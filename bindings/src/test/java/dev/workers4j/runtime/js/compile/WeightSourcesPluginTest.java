package dev.workers4j.runtime.js.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workers4j.runtime.js.compile.fixtures.HeavyWorker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build records where Worker code pulls in heavy class-library code, for the bundle report. */
class WeightSourcesPluginTest {
  @TempDir
  Path output;

  @Test
  void callsOfHeavyApisAreWrittenWithTheirLines() throws Exception {
    Properties properties = new Properties();
    Path sources = output.resolve("weight-sources.txt");
    properties.setProperty(WeightSourcesPlugin.PROPERTY, sources.toString());
    TeaVmCompilation.of(HeavyWorker.class, output, properties);
    String caller = "dev.workers4j.runtime.js.compile.fixtures.HeavyWorker.main (HeavyWorker.java:";
    assertEquals(List.of(
        "java.util.Formatter\tString.format\t" + caller + "9)",
        "java.util.regex\tString.split\t" + caller + "8)"),
        Files.readAllLines(sources).stream().sorted().toList());
  }
}
