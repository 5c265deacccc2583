package dev.workers4j.entry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.SourceVersion;

/**
 * The comparison of a @WorkerEnv interface's bindings with a Worker's wrangler.toml (and
 * .dev.vars.example), independent of how the interface was read: by the processor from source, or
 * by {@link WorkerEnvCheck} from a compiled class.
 */
final class EnvCheck {
    /** One declared binding: "IngestEnv.bucket()", the name it binds, and its kind. */
    record Declared(String method, String name, BindingKind kind) {
    }

    /** A disagreement; {@code declared} is the index of the binding it is about, or -1 for the interface. */
    record Problem(int declared, String message) {
    }

    private EnvCheck() {
    }

    static List<Problem> check(String type, List<Declared> declared, WranglerBindings wrangler) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Declared> byName = new LinkedHashMap<>();
        for (int i = 0; i < declared.size(); i++) {
            Declared d = declared.get(i);
            byName.put(d.name(), d);
            String says = d.method() + " declares " + d.name() + " as " + d.kind().describe() + ", but ";
            List<BindingKind> kinds = wrangler.bindings.get(d.name());
            if (d.kind() == BindingKind.SECRET && wrangler.secretsFile == null) {
                problems.add(new Problem(i, says + "there is no " + WranglerBindings.SECRETS_FILE + " beside "
                        + wrangler.wranglerToml + " to list it: create " + wrangler.where(BindingKind.SECRET)
                        + " with the line " + d.name() + "="));
            } else if (kinds == null) {
                problems.add(new Problem(i, says + (d.kind() == BindingKind.SECRET
                        ? wrangler.where(BindingKind.SECRET) + " does not list it (add the line " + d.name() + "=)"
                        : wrangler.wranglerToml + " has no binding " + d.name() + " (add it under "
                                + d.kind().section + ")")));
            } else if (kinds.size() > 1) {
                StringBuilder all = new StringBuilder();
                for (BindingKind kind : kinds) {
                    all.append(all.length() == 0 ? "" : " and ").append(kind.describe());
                }
                problems.add(new Problem(i, says + wrangler.wranglerToml + " binds " + d.name()
                        + " more than once: " + all));
            } else if (kinds.get(0) != d.kind()) {
                problems.add(new Problem(i, says + wrangler.where(kinds.get(0)) + " has " + d.name() + " as "
                        + kinds.get(0).describe()));
            }
        }
        for (Map.Entry<String, List<BindingKind>> binding : wrangler.bindings.entrySet()) {
            if (byName.containsKey(binding.getKey())) {
                continue;
            }
            for (BindingKind kind : binding.getValue()) {
                problems.add(new Problem(-1, wrangler.where(kind) + " declares " + binding.getKey() + " as "
                        + kind.describe() + ", but " + type + " declares no binding " + binding.getKey()
                        + "; add @Binding(\"" + binding.getKey() + "\") " + kind.simpleType() + " "
                        + methodName(binding.getKey()) + "();"));
            }
        }
        return problems;
    }

    /** R2_BUCKET -> r2Bucket: a suggestion for the missing method's name. */
    static String methodName(String binding) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : binding.toCharArray()) {
            if (!Character.isJavaIdentifierPart(c) || c == '_' || c == '$') {
                upper = out.length() > 0;
                continue;
            }
            out.append(out.length() == 0 ? Character.toLowerCase(c)
                    : upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
            upper = false;
        }
        String name = out.length() == 0 ? "binding" : out.toString();
        if (!Character.isJavaIdentifierStart(name.charAt(0)) || SourceVersion.isKeyword(name)) {
            name = "_" + name;
        }
        return name;
    }
}
