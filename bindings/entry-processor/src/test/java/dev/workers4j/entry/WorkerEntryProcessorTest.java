package dev.workers4j.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.scheduled.ScheduledTriggers;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated main class bakes in which crons may fire the Worker, so workerd refuses the others. */
class WorkerEntryProcessorTest {
    @TempDir
    Path work;

    @Test
    void cronsOfWranglerTomlAreBakedIn() throws Exception {
        ScheduledTriggers triggers = triggersOf("Cron", String.join("\n",
                "  @Override public void scheduled(dev.workers4j.scheduled.ScheduledEvent e, dev.workers4j.env.Env env,",
                "      dev.workers4j.worker.ExecutionContext ctx) {}"),
                "name = \"jobs\"\n[triggers]\ncrons = [\"0 6 * * *\", \"*/5 * * * *\"]\n");
        assertNull(triggers.refusal("0 6 * * *"));
        assertNull(triggers.refusal("*/5 * * * *"));
        assertEquals("cron \"0 7 * * *\" cannot fire jobs: its wrangler.toml's [triggers] crons are \"0 6 * * *\", "
                + "\"*/5 * * * *\"", triggers.refusal("0 7 * * *"));
    }

    @Test
    void aWorkerWithoutAScheduledHandlerRefusesEveryCronSayingSo() throws Exception {
        ScheduledTriggers triggers = triggersOf("Api", "", "name = \"api\"\n[triggers]\ncrons = [\"0 6 * * *\"]\n");
        assertEquals("api has no scheduled handler: override Worker.scheduled(ScheduledEvent, Env, ExecutionContext) "
                + "in Api and list its crons under [triggers] in wrangler.toml", triggers.refusal("0 6 * * *"));
    }

    @Test
    void aWorkerWithoutTriggersRefusesEveryCron() throws Exception {
        ScheduledTriggers triggers = triggersOf("Quiet", String.join("\n",
                "  @Override public void scheduled(dev.workers4j.scheduled.ScheduledEvent e, dev.workers4j.env.Env env,",
                "      dev.workers4j.worker.ExecutionContext ctx) {}"), "name = \"quiet\"\n");
        assertEquals("cron \"0 6 * * *\" cannot fire quiet: its wrangler.toml has no [triggers] crons",
                triggers.refusal("0 6 * * *"));
    }

    /** Compiles a @WorkerEntry class with {@code body} beside {@code toml} and reads its main class's triggers. */
    private ScheduledTriggers triggersOf(String name, String body, String toml) throws Exception {
        Path module = work.resolve("worker");
        Files.createDirectories(module);
        Files.writeString(module.resolve("wrangler.toml"), toml);
        String source = String.join("\n",
                "package demo;",
                "@dev.workers4j.worker.WorkerEntry",
                "public final class " + name + " implements dev.workers4j.worker.Worker {",
                body,
                "}");
        Compilation compilation = Compilation.compile(work, module.resolve("src"), Map.of("demo/" + name + ".java", source),
                null);
        assertTrue(compilation.success, compilation.toString());
        Field triggers = compilation.load("demo." + name + "Main").getDeclaredField("TRIGGERS");
        triggers.setAccessible(true);
        return (ScheduledTriggers) triggers.get(null);
    }
}
