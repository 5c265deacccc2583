package dev.workers4j.ingest.bench;

import dev.workers4j.testing.WorkerdServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The memory of the workerd processes serving a benchmark, from /proc (the whole process, not one isolate). */
final class WorkerdMemory {
    private WorkerdMemory() {
    }

    /** Resident set now, in KB (the largest of the server's workerd processes). */
    static long residentKb(WorkerdServer server) {
        return status(server, "VmRSS:");
    }

    /** The highest resident set so far, in KB. */
    static long peakKb(WorkerdServer server) {
        return status(server, "VmHWM:");
    }

    private static long status(WorkerdServer server, String field) {
        long most = 0;
        for (ProcessHandle process : server.workerdProcesses()) {
            try (BufferedReader in = Files.newBufferedReader(Path.of("/proc/" + process.pid() + "/status"))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith(field)) {
                        most = Math.max(most, Long.parseLong(line.replaceAll("[^0-9]", "")));
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // the process ended between listing and reading
            }
        }
        return most;
    }
}
