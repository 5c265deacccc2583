import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * A Worker bundle's size against its gzip budget, and what pulled the weight in. Run by Maven
 * as a single-file Java program after TeaVM (and, for Workers with the npm driver, esbuild):
 *
 * <pre>java BundleReport.java NAME WORKER_DIR BUNDLE_FILE SKIP_DRIVER_BUNDLE BUDGET_KB DETAILS</pre>
 *
 * The measured script is what wrangler deploys: BUNDLE_FILE when the Worker bundles the npm
 * driver (SKIP_DRIVER_BUNDLE false), else worker.js with its entry module. Within TeaVM's output, each byte is attributed to the Java
 * source TeaVM's source map names for it (TeaVM's class library under its java.* name); a
 * package's gzip share is its code gzipped alone, scaled so the shares add up to the TeaVM part.
 * Over the budget it exits 1 and lists the biggest packages and classes, naming the class-library
 * features known to be heavy, each with the calls in Worker code that pulled it in (from
 * weight-sources.txt, written during the TeaVM build). DETAILS true prints that list on every build.
 */
public class BundleReport {
    private static final String UNMAPPED = "(TeaVM runtime and glue)";
    private static final String DRIVER = "(npm driver bundled by esbuild: postgres)";

    /** Heavy class-library features, by package prefix, with what usually pulls them in. */
    private static final Map<String, String> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("java.util.regex", "the regex engine: String.split, matches, replaceAll, replaceFirst, Pattern");
        KNOWN.put("java.util.Formatter", "String.format / Formatter");
        KNOWN.put("java.time", "java.time (threetenbp); a named ZoneId adds its rules");
        KNOWN.put("java.text", "java.text: SimpleDateFormat, DecimalFormat, MessageFormat");
        KNOWN.put("java.math", "BigDecimal / BigInteger");
        KNOWN.put("java.util.stream", "streams");
        KNOWN.put("teavm.impl.unicode", "Unicode and locale data: String.format, toUpperCase(Locale), Character classes");
        KNOWN.put("teavm.impl.text", "number text: the tables of Double.toString/parseDouble, and locale-aware formatting");
        KNOWN.put(DRIVER, "SQL over HYPERDRIVE");
    }

    public static void main(String[] args) throws IOException {
        String name = args[0];
        Path workerDir = Path.of(args[1]);
        Path bundle = Boolean.parseBoolean(args[3]) ? null : Path.of(args[2]);
        int budgetKb = Integer.parseInt(args[4]);
        boolean details = Boolean.parseBoolean(args[5]);

        byte[] workerJs = Files.readAllBytes(workerDir.resolve("worker.js"));
        byte[] entry = Files.readAllBytes(workerDir.resolve("index.mjs"));
        byte[] deployed = bundle != null ? Files.readAllBytes(bundle) : concat(workerJs, entry);
        long raw = deployed.length;
        long gzip = gzipSize(deployed);
        long teavmGzip = gzipSize(workerJs);

        boolean over = gzip > budgetKb * 1024L;
        System.out.printf("[bundle] %s: %.1f KB raw, %.1f KB gzip of a %d KB gzip budget (%d%%)%n",
                name, raw / 1024.0, gzip / 1024.0, budgetKb, Math.round(gzip * 100.0 / (budgetKb * 1024L)));
        if (over) {
            System.out.printf("[bundle] %s is over its budget by %.1f KB gzip. Raise worker.bundleBudgetKb in its pom "
                    + "if the weight is worth it; otherwise avoid what pulled it in:%n", name, (gzip - budgetKb * 1024L) / 1024.0);
        }
        if (over || details) {
            Map<String, Long> packages = new LinkedHashMap<>();
            Map<String, Long> classes = new LinkedHashMap<>();
            Path map = workerDir.resolve("worker.js.map");
            if (Files.exists(map)) {
                Attribution attribution = Attribution.of(new String(workerJs, StandardCharsets.UTF_8), Files.readString(map));
                packages = attribution.gzipShares(attribution.byPackage(), teavmGzip);
                classes = attribution.gzipShares(attribution.byClass, teavmGzip);
            }
            if (bundle != null && gzip > teavmGzip) {
                packages.put(DRIVER, gzip - teavmGzip);
                classes.put(DRIVER, gzip - teavmGzip);
            }
            printTop("packages", packages, 12, gzip);
            printTop("classes", classes, 12, gzip);
            printKnown(classes, weightSources(workerDir.resolve("weight-sources.txt")));
        }
        if (over) System.exit(1);
    }

    private static void printTop(String what, Map<String, Long> sizes, int count, long total) {
        System.out.println("[bundle]   biggest " + what + " (KB gzip, estimated):");
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(sizes.entrySet());
        sorted.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
        for (Map.Entry<String, Long> e : sorted.subList(0, Math.min(count, sorted.size()))) {
            System.out.printf("[bundle]     %6.1f  %3d%%  %s%n", e.getValue() / 1024.0, Math.round(e.getValue() * 100.0 / total),
                    e.getKey());
        }
    }

    /**
     * Where Worker code calls heavy class-library APIs, by feature (written by the TeaVM plugin
     * WeightSourcesPlugin: feature, what is called, the caller and its line, tab-separated).
     */
    private static Map<String, List<String>> weightSources(Path file) throws IOException {
        Map<String, List<String>> byFeature = new HashMap<>();
        if (!Files.exists(file)) return byFeature;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t");
            if (fields.length == 3) {
                byFeature.computeIfAbsent(fields[0], k -> new ArrayList<>()).add(fields[1] + " in " + fields[2]);
            }
        }
        return byFeature;
    }

    private static void printKnown(Map<String, Long> classes, Map<String, List<String>> calls) {
        for (Map.Entry<String, String> known : KNOWN.entrySet()) {
            long sum = 0;
            for (Map.Entry<String, Long> p : classes.entrySet()) {
                if (p.getKey().equals(known.getKey()) || p.getKey().startsWith(known.getKey() + ".")) sum += p.getValue();
            }
            if (sum >= 1024) {
                System.out.printf("[bundle]   present: %s, %.1f KB gzip (%s)%n", known.getKey(), sum / 1024.0, known.getValue());
                List<String> pulledBy = calls.getOrDefault(known.getKey(), List.of());
                for (String call : pulledBy.subList(0, Math.min(8, pulledBy.size()))) {
                    System.out.println("[bundle]     pulled in by " + call);
                }
                if (pulledBy.size() > 8) System.out.println("[bundle]     ... and " + (pulledBy.size() - 8) + " more calls");
            }
        }
    }

    /** Characters of TeaVM's output per Java class and package, read from its source map. */
    static final class Attribution {
        final Map<String, StringBuilder> byClass = new HashMap<>();

        /**
         * TeaVM maps statements; the code around them (a method's prologue and locals, a class's
         * constructor, constant tables) is unmapped and usually comes right before the code it
         * belongs to, so it is counted with the next mapped statement. What follows the last one
         * is the runtime's.
         */
        static Attribution of(String js, String sourceMap) {
            Attribution a = new Attribution();
            List<String> sources = stringArray(sourceMap, "sources");
            String mappings = string(sourceMap, "mappings");
            String[] lines = js.split("\n", -1);
            String[] owners = new String[sources.size()];
            for (int i = 0; i < owners.length; i++) {
                // map-teavm-runtime.mjs names TeaVM's unmapped code; it is attributed as unmapped.
                owners[i] = sources.get(i).equals("teavm-runtime.js") ? null : className(sources.get(i));
            }
            StringBuilder unmapped = new StringBuilder();
            int source = 0;
            int at = 0;
            for (String text : lines) {
                int end = mappings.indexOf(';', at);
                if (end < 0) end = mappings.length();
                int previousColumn = 0;
                String previousOwner = null;
                int column = 0;
                int[] cursor = {at};
                while (cursor[0] < end) {
                    column += vlq(mappings, cursor);
                    String owner = null;
                    if (cursor[0] < end && mappings.charAt(cursor[0]) != ',') {
                        source += vlq(mappings, cursor);
                        vlq(mappings, cursor); // source line
                        vlq(mappings, cursor); // source column
                        if (cursor[0] < end && mappings.charAt(cursor[0]) != ',') vlq(mappings, cursor); // name
                        owner = owners[source];
                    }
                    a.add(previousOwner, text, previousColumn, column, unmapped);
                    previousColumn = column;
                    previousOwner = owner;
                    if (cursor[0] < end && mappings.charAt(cursor[0]) == ',') cursor[0]++;
                }
                a.add(previousOwner, text, previousColumn, text.length(), unmapped);
                at = Math.min(end + 1, mappings.length());
            }
            a.group(UNMAPPED).append(unmapped);
            return a;
        }

        private void add(String owner, String text, int from, int to, StringBuilder unmapped) {
            from = Math.max(0, Math.min(from, text.length()));
            to = Math.max(from, Math.min(to, text.length()));
            if (owner == null) {
                unmapped.append(text, from, to);
                return;
            }
            StringBuilder code = group(owner);
            code.append(unmapped).append(text, from, to);
            unmapped.setLength(0);
        }

        private StringBuilder group(String owner) {
            return byClass.computeIfAbsent(owner, k -> new StringBuilder());
        }

        /** The classes' code joined per package. */
        Map<String, StringBuilder> byPackage() {
            Map<String, StringBuilder> packages = new HashMap<>();
            for (Map.Entry<String, StringBuilder> c : byClass.entrySet()) {
                String owner = c.getKey();
                int dot = owner.lastIndexOf('.');
                String pkg = owner.startsWith("(") || dot < 0 ? owner : owner.substring(0, dot);
                packages.computeIfAbsent(pkg, k -> new StringBuilder()).append(c.getValue());
            }
            return packages;
        }

        /** Each group's code gzipped alone, scaled so that the groups add up to {@code total}. */
        Map<String, Long> gzipShares(Map<String, StringBuilder> groups, long total) throws IOException {
            Map<String, Long> alone = new HashMap<>();
            long sum = 0;
            for (Map.Entry<String, StringBuilder> g : groups.entrySet()) {
                long size = gzipSize(g.getValue().toString().getBytes(StandardCharsets.UTF_8));
                alone.put(g.getKey(), size);
                sum += size;
            }
            Map<String, Long> shares = new LinkedHashMap<>();
            for (Map.Entry<String, Long> g : alone.entrySet()) shares.put(g.getKey(), g.getValue() * total / Math.max(1, sum));
            return shares;
        }

        /**
         * The class a source file holds, as users know it: TeaVM's class library
         * (org/teavm/classlib/java/util/regex/TPattern.java) as java.util.regex.Pattern, threetenbp as
         * java.time, TeaVM's internals under teavm.
         */
        static String className(String source) {
            String path = source.endsWith(".java") ? source.substring(0, source.length() - 5) : source;
            if (path.startsWith("org/teavm/classlib/java/")) {
                int slash = path.lastIndexOf('/');
                String simple = path.substring(slash + 1);
                if (simple.length() > 1 && simple.charAt(0) == 'T' && Character.isUpperCase(simple.charAt(1))) {
                    simple = simple.substring(1);
                }
                path = path.substring("org/teavm/classlib/".length(), slash + 1) + simple;
            } else if (path.startsWith("org/threeten/bp/")) {
                path = "java/time/" + path.substring("org/threeten/bp/".length());
            } else if (path.startsWith("org/teavm/classlib/")) {
                path = "teavm/" + path.substring("org/teavm/classlib/".length());
            }
            return path.replace('/', '.');
        }
    }

    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /** One base64 VLQ value of a source map's mappings, advancing the cursor. */
    static int vlq(String s, int[] cursor) {
        int result = 0;
        int shift = 0;
        while (true) {
            int digit = BASE64.indexOf(s.charAt(cursor[0]++));
            result += (digit & 31) << shift;
            if ((digit & 32) == 0) break;
            shift += 5;
        }
        return (result & 1) != 0 ? -(result >>> 1) : result >>> 1;
    }

    /** A string property of a source map (whose strings TeaVM writes without escapes). */
    static String string(String json, String key) {
        int start = json.indexOf('"', json.indexOf(':', json.indexOf("\"" + key + "\"")) + 1) + 1;
        return json.substring(start, json.indexOf('"', start));
    }

    static List<String> stringArray(String json, String key) {
        int start = json.indexOf('[', json.indexOf("\"" + key + "\""));
        int end = json.indexOf(']', start);
        List<String> out = new ArrayList<>();
        for (int i = json.indexOf('"', start); i >= 0 && i < end; i = json.indexOf('"', i + 1)) {
            int close = json.indexOf('"', i + 1);
            out.add(json.substring(i + 1, close));
            i = close;
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static long gzipSize(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size();
    }
}
