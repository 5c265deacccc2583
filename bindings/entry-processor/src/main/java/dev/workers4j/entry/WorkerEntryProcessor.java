package dev.workers4j.entry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Writes {@code <Worker>Main} for each {@code @WorkerEntry} class: the TeaVM main class whose
 * {@code @JSExport} statics workerd calls through build/entry/index.mjs. Generated because every
 * Worker's would be the same dozen lines.
 */
@SupportedAnnotationTypes(WorkerEntryProcessor.ANNOTATION)
@SupportedOptions(WranglerTomlLocation.OPTION)
public final class WorkerEntryProcessor extends AbstractProcessor {
    static final String ANNOTATION = "dev.workers4j.worker.WorkerEntry";
    private static final String WORKER = "dev.workers4j.worker.Worker";

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (isInstantiable(element)) {
                    write((TypeElement) element);
                }
            }
        }
        return true;
    }

    private boolean isInstantiable(Element element) {
        if (element.getKind() != ElementKind.CLASS || element.getModifiers().contains(Modifier.ABSTRACT)) {
            error(element, "@WorkerEntry belongs on a concrete class implementing dev.workers4j.worker.Worker");
            return false;
        }
        for (ExecutableElement constructor : ElementFilter.constructorsIn(element.getEnclosedElements())) {
            if (constructor.getParameters().isEmpty() && constructor.getModifiers().contains(Modifier.PUBLIC)) {
                return true;
            }
        }
        error(element, "a @WorkerEntry class needs a public no-argument constructor");
        return false;
    }

    private void write(TypeElement worker) {
        write(worker, false);
        write(worker, true);
    }

    /**
     * {@code <Worker>Main}, the JavaScript build's main class, and {@code <Worker>MainWasm}, the
     * WebAssembly build's (-Dworker.target=wasm): the same exports plus an empty {@code main},
     * which TeaVM's Wasm GC target needs to export the call that runs the module's initialisers.
     * The JavaScript build never reaches the second class, so its output is unchanged.
     */
    private void write(TypeElement worker, boolean wasm) {
        String pkg = ((PackageElement) worker.getEnclosingElement()).getQualifiedName().toString();
        String name = worker.getSimpleName() + (wasm ? "MainWasm" : "Main");
        String source = "package " + pkg + ";\n\n"
                + "import dev.workers4j.runtime.js.WorkerBridge;\n"
                + "import dev.workers4j.scheduled.ScheduledTriggers;\n"
                + "import dev.workers4j.worker.Worker;\n"
                + "import org.teavm.jso.JSExport;\n"
                + "import org.teavm.jso.JSObject;\n\n"
                + "/** Generated from @WorkerEntry on " + worker.getSimpleName() + ": the handlers workerd calls. */\n"
                // The Wasm class's mark differs, so check-worker-main.mjs still finds one main class.
                + "@javax.annotation.processing.Generated(\"" + getClass().getName() + (wasm ? " (wasm)" : "") + "\")\n"
                + "public final class " + name + " {\n"
                + "    private static final Worker WORKER = new " + worker.getSimpleName() + "();\n"
                + "    // The crons wrangler.toml listed when this was compiled: rebuild after changing them.\n"
                + "    private static final ScheduledTriggers TRIGGERS = " + triggers(worker) + ";\n\n"
                + "    private " + name + "() {\n    }\n\n"
                + (wasm ? "    /** Called once by the Wasm entry module after instantiation: runs the initialisers. */\n"
                        + "    public static void main(String[] args) {\n    }\n\n" : "")
                + export("fetch", "request")
                + export("queue", "batch")
                + "    @JSExport\n"
                + "    public static JSObject scheduled(JSObject controller, JSObject env, JSObject ctx) {\n"
                + "        return WorkerBridge.scheduled(WORKER, TRIGGERS, controller, env, ctx);\n"
                + "    }\n\n"
                + "}\n";
        try (Writer out = processingEnv.getFiler().createSourceFile(pkg + "." + name, worker).openWriter()) {
            out.write(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The generated ScheduledTriggers expression: wrangler.toml's name and crons, or the missing handler. */
    private String triggers(TypeElement worker) {
        WranglerTriggers toml = WranglerTriggers.read(WranglerTomlLocation.find(processingEnv, worker));
        String name = toml.name != null ? toml.name : worker.getSimpleName().toString();
        if (!hasScheduledHandler(worker)) {
            return "ScheduledTriggers.withoutHandler(" + literal(name) + ", " + literal(worker.getSimpleName().toString())
                    + ")";
        }
        if (toml.crons == null) {
            return "ScheduledTriggers.of(" + literal(name) + ", null)";
        }
        StringBuilder crons = new StringBuilder();
        for (String cron : toml.crons) {
            crons.append(crons.length() == 0 ? "" : ", ").append(literal(cron));
        }
        return "ScheduledTriggers.of(" + literal(name) + ", new String[] {" + crons + "})";
    }

    /** Whether the class (or a superclass, or an interface other than Worker) implements scheduled. */
    private boolean hasScheduledHandler(TypeElement worker) {
        for (ExecutableElement method : ElementFilter.methodsIn(processingEnv.getElementUtils().getAllMembers(worker))) {
            if (method.getSimpleName().contentEquals("scheduled") && method.getParameters().size() == 3
                    && !method.getModifiers().contains(Modifier.ABSTRACT)
                    && !((TypeElement) method.getEnclosingElement()).getQualifiedName().contentEquals(WORKER)) {
                return true;
            }
        }
        return false;
    }

    /** A Java string literal; cron expressions and Worker names are plain ASCII without quotes. */
    private static String literal(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String export(String handler, String argument) {
        return "    @JSExport\n"
                + "    public static JSObject " + handler + "(JSObject " + argument + ", JSObject env, JSObject ctx) {\n"
                + "        return WorkerBridge." + handler + "(WORKER, " + argument + ", env, ctx);\n"
                + "    }\n\n";
    }

    private void error(Element element, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
    }
}
