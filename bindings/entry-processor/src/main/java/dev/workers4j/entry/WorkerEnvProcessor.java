package dev.workers4j.entry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * For each {@code @WorkerEnv} interface: checks its {@code @Binding} methods against the Worker's
 * wrangler.toml (and {@code .dev.vars.example} for secrets), failing the compilation with an error
 * naming both sides on any disagreement, then writes {@code <Interface>_Bindings}, whose
 * {@code of(Env raw)} delegates each method to the raw env by binding name.
 *
 * <p>Which wrangler.toml: the processor option {@code workers4j.wranglerToml} (a path) when set;
 * otherwise the nearest {@code wrangler.toml} found walking up from the directory of the
 * interface's source file (workers/ingest/src/main/java/.../IngestEnv.java finds
 * workers/ingest/wrangler.toml).
 *
 * <p>The rules:
 * <ul>
 *   <li>every declared binding must exist in wrangler.toml with the kind its return type names
 *       (String: [vars]; R2Bucket: [[r2_buckets]]; Queue: [[queues.producers]]; Hyperdrive:
 *       [[hyperdrive]]; Fetcher: [[services]]);</li>
 *   <li>every [vars] key and every binding of those four arrays must be declared;</li>
 *   <li>secrets ({@code Secret}) are not in wrangler.toml: each must be listed ({@code NAME=}) in
 *       {@code .dev.vars.example} beside wrangler.toml, so declaring a secret requires that file;
 *       when the file exists, every name it lists must be declared as a Secret;</li>
 *   <li>a name bound twice in wrangler.toml (two kinds) is an error; only the top level is read,
 *       not [env.*] sections; other kinds (KV, D1, Durable Objects...) are ignored.</li>
 * </ul>
 *
 * <p>Maven recompiles nothing when only wrangler.toml changes, so the processor cannot see that
 * edit; {@link WorkerEnvCheck} runs the same check on the compiled interface from a Worker's tests.
 */
@SupportedAnnotationTypes(WorkerEnvProcessor.ANNOTATION)
@SupportedOptions(WorkerEnvProcessor.WRANGLER_TOML_OPTION)
public final class WorkerEnvProcessor extends AbstractProcessor {
    static final String ANNOTATION = "dev.workers4j.env.typed.WorkerEnv";
    static final String BINDING = "dev.workers4j.env.typed.Binding";
    static final String WRANGLER_TOML_OPTION = WranglerTomlLocation.OPTION;
    static final String ENV = "dev.workers4j.env.Env";
    static final String TYPED_ENV = "dev.workers4j.env.TypedEnv";

    /** One declared binding: the method, the name it binds, and its kind. */
    private record Declared(ExecutableElement method, String name, BindingKind kind) {
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (element.getKind() != ElementKind.INTERFACE) {
                    error(element, "@WorkerEnv belongs on an interface, one @Binding method per binding");
                    continue;
                }
                TypeElement env = (TypeElement) element;
                List<Declared> declared = declarations(env);
                if (declared == null) {
                    continue;
                }
                WranglerBindings wrangler = wrangler(env);
                if (wrangler == null) {
                    continue;
                }
                if (check(env, declared, wrangler)) {
                    write(env, declared);
                }
            }
        }
        return true;
    }

    // ---- the interface ------------------------------------------------------------------------

    /** The interface's bindings, or null after reporting why it cannot have a typed env. */
    private List<Declared> declarations(TypeElement env) {
        boolean ok = true;
        if (!env.getTypeParameters().isEmpty()) {
            error(env, "a @WorkerEnv interface cannot be generic");
            ok = false;
        }
        if (env.getModifiers().contains(Modifier.PRIVATE)) {
            error(env, "a @WorkerEnv interface cannot be private: its generated _Bindings class implements it");
            ok = false;
        }
        List<Declared> declared = new ArrayList<>();
        Map<String, Declared> byName = new LinkedHashMap<>();
        for (ExecutableElement method : abstractMethods(env)) {
            String where = env.getSimpleName() + "." + method.getSimpleName() + "()";
            String name = bindingName(method);
            if (name == null) {
                error(method, where + " has no @Binding(\"NAME\"): every abstract method of a @WorkerEnv interface"
                        + " returns one binding, named by @Binding");
                ok = false;
                continue;
            }
            if (!method.getParameters().isEmpty() || !method.getTypeParameters().isEmpty()) {
                error(method, where + " (binding " + name + ") must take no parameters and have no type parameters");
                ok = false;
                continue;
            }
            BindingKind kind = kindOf(method.getReturnType());
            if (kind == null) {
                error(method, where + " returns " + method.getReturnType() + ", which is no binding type; binding "
                        + name + " must return one of " + supportedTypes());
                ok = false;
                continue;
            }
            if (name.isEmpty()) {
                error(method, where + " has an empty @Binding name");
                ok = false;
                continue;
            }
            Declared d = new Declared(method, name, kind);
            Declared previous = byName.putIfAbsent(name, d);
            if (previous != null) {
                error(method, where + " declares binding " + name + " again; "
                        + env.getSimpleName() + "." + previous.method().getSimpleName() + "() already does");
                ok = false;
                continue;
            }
            declared.add(d);
        }
        return ok ? declared : null;
    }

    /** The abstract methods of the interface and the interfaces it extends, first declaration wins. */
    private List<ExecutableElement> abstractMethods(TypeElement env) {
        Map<String, ExecutableElement> methods = new LinkedHashMap<>();
        collect(env, methods);
        return new ArrayList<>(methods.values());
    }

    private void collect(TypeElement type, Map<String, ExecutableElement> methods) {
        if (type.getQualifiedName().contentEquals(ENV)) {
            return; // the raw env's own lookups: the generated class inherits them from TypedEnv
        }
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (method.getModifiers().contains(Modifier.ABSTRACT)) {
                methods.putIfAbsent(method.getSimpleName() + "/" + method.getParameters().size(), method);
            }
        }
        for (TypeMirror parent : type.getInterfaces()) {
            if (parent.getKind() == TypeKind.DECLARED) {
                collect((TypeElement) ((DeclaredType) parent).asElement(), methods);
            }
        }
    }

    private static String bindingName(ExecutableElement method) {
        for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(BINDING)) {
                for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
                        : mirror.getElementValues().entrySet()) {
                    if (e.getKey().getSimpleName().contentEquals("value")) {
                        return String.valueOf(e.getValue().getValue());
                    }
                }
                return "";
            }
        }
        return null;
    }

    private static BindingKind kindOf(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return null;
        }
        DeclaredType declared = (DeclaredType) type;
        if (!declared.getTypeArguments().isEmpty()) {
            return null;
        }
        return BindingKind.ofJavaType(((TypeElement) declared.asElement()).getQualifiedName().toString());
    }

    private static String supportedTypes() {
        StringBuilder out = new StringBuilder();
        for (BindingKind kind : BindingKind.values()) {
            out.append(out.length() == 0 ? "" : ", ").append(kind.simpleType()).append(" (")
                    .append(kind.section).append(')');
        }
        return out.toString();
    }

    // ---- wrangler.toml ------------------------------------------------------------------------

    private WranglerBindings wrangler(TypeElement env) {
        Path toml = locateWranglerToml(env);
        if (toml == null) {
            return null;
        }
        try {
            return WranglerBindings.read(toml);
        } catch (IOException | RuntimeException e) {
            error(env, "cannot read the bindings of " + toml + " for @WorkerEnv " + env.getSimpleName() + ": "
                    + e.getMessage());
            return null;
        }
    }

    private Path locateWranglerToml(TypeElement env) {
        Path option = WranglerTomlLocation.option(processingEnv);
        if (option != null) {
            if (!Files.isRegularFile(option)) {
                error(env, "-A" + WRANGLER_TOML_OPTION + " names " + option + ", which is not a file; @WorkerEnv "
                        + env.getSimpleName() + " is checked against it");
                return null;
            }
            return option;
        }
        Path start = WranglerTomlLocation.sourceDirectory(processingEnv, env);
        Path found = WranglerTomlLocation.nearest(start);
        if (found == null) {
            error(env, "found no wrangler.toml to check @WorkerEnv " + env.getSimpleName() + " against"
                    + (start == null ? " (the source file's location is unknown)" : " in " + start + " or above it")
                    + "; put it beside the Worker's pom.xml or pass -A" + WRANGLER_TOML_OPTION + "=<path>");
        }
        return found;
    }

    // ---- the check ----------------------------------------------------------------------------

    /** Reports every disagreement at the method (or interface) it is about; true when there is none. */
    private boolean check(TypeElement env, List<Declared> declared, WranglerBindings wrangler) {
        List<EnvCheck.Declared> plain = new ArrayList<>();
        for (Declared d : declared) {
            plain.add(new EnvCheck.Declared(env.getSimpleName() + "." + d.method().getSimpleName() + "()", d.name(),
                    d.kind()));
        }
        List<EnvCheck.Problem> problems = EnvCheck.check(env.getSimpleName().toString(), plain, wrangler);
        for (EnvCheck.Problem problem : problems) {
            error(problem.declared() < 0 ? env : declared.get(problem.declared()).method(), problem.message());
        }
        return problems.isEmpty();
    }

    // ---- the generated class ------------------------------------------------------------------

    private void write(TypeElement env, List<Declared> declared) {
        String pkg = processingEnv.getElementUtils().getPackageOf(env).getQualifiedName().toString();
        String name = generatedSimpleName(env);
        String iface = env.getQualifiedName().toString();
        StringBuilder source = new StringBuilder();
        if (!pkg.isEmpty()) {
            source.append("package ").append(pkg).append(";\n\n");
        }
        source.append("/**\n * Generated from @WorkerEnv on ").append(env.getSimpleName())
                .append(": each binding looked up by name in the raw env,\n * checked against wrangler.toml at compile time.\n */\n")
                .append("@javax.annotation.processing.Generated(\"").append(getClass().getName()).append("\")\n")
                .append("public final class ").append(name).append(" extends ").append(TYPED_ENV)
                .append(" implements ").append(iface).append(" {\n")
                .append("    private ").append(name).append("(").append(ENV).append(" raw) {\n")
                .append("        super(raw);\n    }\n\n")
                .append("    /** The typed view of {@code raw}; each method looks its binding up when called. */\n")
                .append("    public static ").append(iface).append(" of(").append(ENV).append(" raw) {\n")
                .append("        if (raw == null) {\n")
                .append("            throw new NullPointerException(\"raw env\");\n        }\n")
                .append("        return new ").append(name).append("(raw);\n    }\n");
        for (Declared d : declared) {
            source.append("\n    @Override\n    public ").append(d.kind().javaType).append(' ')
                    .append(d.method().getSimpleName()).append("() {\n")
                    .append("        return raw().").append(d.kind().envMethod).append("(\"")
                    .append(escape(d.name())).append("\");\n    }\n");
        }
        source.append("}\n");
        String qualified = pkg.isEmpty() ? name : pkg + "." + name;
        try (Writer out = processingEnv.getFiler().createSourceFile(qualified, env).openWriter()) {
            out.write(source.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** IngestEnv -> IngestEnv_Bindings; Outer.Inner -> Outer_Inner_Bindings. */
    static String generatedSimpleName(TypeElement env) {
        StringBuilder name = new StringBuilder(env.getSimpleName());
        for (Element e = env.getEnclosingElement(); e instanceof TypeElement; e = e.getEnclosingElement()) {
            name.insert(0, e.getSimpleName() + "_");
        }
        return name + "_Bindings";
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private void error(Element element, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
    }
}
