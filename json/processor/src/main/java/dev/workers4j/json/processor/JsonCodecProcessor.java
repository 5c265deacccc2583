package dev.workers4j.json.processor;

import dev.workers4j.json.processor.CodecModel.EnumModel;
import dev.workers4j.json.processor.CodecModel.ObjectModel;
import dev.workers4j.json.processor.CodecModel.PolymorphicModel;
import dev.workers4j.json.processor.CodecModel.ValueModel;
import java.io.IOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Generates a {@code JsonCodec} for every type annotated {@code @JsonCodecType} and, transitively,
 * for the records, classes, enums and subtypes they reference. See {@link CodecQueue} for names.
 */
public final class JsonCodecProcessor extends AbstractProcessor {
  static final String MARKER = "dev.workers4j.json.JsonCodecType";

  private CodecQueue queue;
  private ModelFactory models;

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    queue = new CodecQueue(env.getElementUtils());
    TypeResolver resolver = new TypeResolver(env.getElementUtils(), queue);
    models = new ModelFactory(env.getElementUtils(), env.getTypeUtils(), resolver, queue);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(MARKER);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement marker = processingEnv.getElementUtils().getTypeElement(MARKER);
    if (marker == null) return false;
    for (Element e : round.getElementsAnnotatedWith(marker)) {
      if (e instanceof TypeElement) queue.codecFor((TypeElement) e);
    }
    for (TypeElement type = queue.poll(); type != null; type = queue.poll()) {
      generate(type);
    }
    return false;
  }

  /** TeaVM's JSO API on the class path: codecs get their workerd companion (JsCompanionSource). */
  private boolean jsoAvailable() {
    return processingEnv.getElementUtils().getTypeElement("org.teavm.jso.JSBody") != null;
  }

  private void generate(TypeElement type) {
    try {
      CodecModel model = models.build(type);
      String source;
      if (model instanceof ObjectModel) source = ObjectCodecSource.render((ObjectModel) model, jsoAvailable());
      else if (model instanceof EnumModel) source = EnumCodecSource.render((EnumModel) model);
      else if (model instanceof PolymorphicModel) source = PolymorphicCodecSource.render((PolymorphicModel) model);
      else source = ValueCodecSource.render((ValueModel) model);
      String name = (model.codecPackage.isEmpty() ? "" : model.codecPackage + ".") + model.codecSimpleName;
      JavaFileObject file = processingEnv.getFiler().createSourceFile(name, type);
      try (Writer w = file.openWriter()) {
        w.write(source);
      }
    } catch (ObjectModelFactory.ModelProblems e) {
      for (ModelFactory.ModelException problem : e.problems) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
            "workers4j-json: " + problem.getMessage(), problem.element);
      }
    } catch (ModelFactory.ModelException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
          "workers4j-json: " + e.getMessage(), e.element);
    } catch (TypeResolver.UnsupportedTypeException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
          "workers4j-json: " + type.getSimpleName() + ": " + e.getMessage(), type);
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
          "workers4j-json: cannot write codec: " + e.getMessage(), type);
    }
  }
}
