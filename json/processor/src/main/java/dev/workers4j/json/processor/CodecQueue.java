package dev.workers4j.json.processor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The types that still need a codec in this compilation. Naming lives here: {@code com.x.Foo}
 * gets {@code com.x.Foo_JsonCodec}; nested {@code com.x.Outer.Inner} gets
 * {@code com.x.Outer_Inner_JsonCodec}.
 */
final class CodecQueue {
  private final Elements elements;
  private final Deque<TypeElement> pending = new ArrayDeque<>();
  private final Set<String> known = new HashSet<>();

  CodecQueue(Elements elements) {
    this.elements = elements;
  }

  /** Returns the codec class name for a type, queueing it for generation if needed. */
  String codecFor(TypeElement type) {
    String codec = codecName(type);
    if (known.add(codec)) {
      // A codec compiled earlier (another module's jar) is reused, not regenerated.
      if (elements.getTypeElement(codec) == null) pending.add(type);
    }
    return codec;
  }

  TypeElement poll() {
    return pending.poll();
  }

  static String codecName(TypeElement type) {
    String pkg = packageOf(type);
    return (pkg.isEmpty() ? "" : pkg + ".") + simpleCodecName(type);
  }

  static String simpleCodecName(TypeElement type) {
    StringBuilder sb = new StringBuilder(type.getSimpleName());
    Element e = type.getEnclosingElement();
    while (e.getKind() != ElementKind.PACKAGE) {
      sb.insert(0, e.getSimpleName() + "_");
      e = e.getEnclosingElement();
    }
    return sb.append("_JsonCodec").toString();
  }

  static String packageOf(TypeElement type) {
    Element e = type;
    while (e.getKind() != ElementKind.PACKAGE) e = e.getEnclosingElement();
    return ((PackageElement) e).getQualifiedName().toString();
  }
}
