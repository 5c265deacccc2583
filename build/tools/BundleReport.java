import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Prints a Worker bundle's sizes, raw and gzip, after TeaVM has written it. Run by Maven as a
 * single-file Java program: java BundleReport.java NAME DIR
 */
public class BundleReport {
    public static void main(String[] args) throws IOException {
        String name = args[0];
        Path dir = Path.of(args[1]);
        long raw = 0;
        long gzip = 0;
        for (String file : new String[] {"worker.js", "index.mjs"}) {
            byte[] bytes = Files.readAllBytes(dir.resolve(file));
            raw += bytes.length;
            gzip += gzipSize(bytes);
        }
        System.out.printf("[bundle] %s: %.1f KB raw, %.1f KB gzip (%s)%n",
                name, raw / 1024.0, gzip / 1024.0, dir.resolve("index.mjs"));
    }

    private static long gzipSize(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size();
    }
}
