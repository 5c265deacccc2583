package dev.workers4j.entry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
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
public final class WorkerEntryProcessor extends AbstractProcessor {
    static final String ANNOTATION = "dev.workers4j.worker.WorkerEntry";

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
        String pkg = ((PackageElement) worker.getEnclosingElement()).getQualifiedName().toString();
        String name = worker.getSimpleName() + "Main";
        String source = "package " + pkg + ";\n\n"
                + "import dev.workers4j.runtime.js.WorkerBridge;\n"
                + "import dev.workers4j.worker.Worker;\n"
                + "import org.teavm.jso.JSExport;\n"
                + "import org.teavm.jso.JSObject;\n\n"
                + "/** Generated from @WorkerEntry on " + worker.getSimpleName() + ": the handlers workerd calls. */\n"
                + "@javax.annotation.processing.Generated(\"" + getClass().getName() + "\")\n"
                + "public final class " + name + " {\n"
                + "    private static final Worker WORKER = new " + worker.getSimpleName() + "();\n\n"
                + "    private " + name + "() {\n    }\n\n"
                + export("fetch", "request")
                + export("queue", "batch")
                + export("scheduled", "controller")
                + "}\n";
        try (Writer out = processingEnv.getFiler().createSourceFile(pkg + "." + name, worker).openWriter()) {
            out.write(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
