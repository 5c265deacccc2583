package dev.workers4j.runtime.js.compile;

import dev.workers4j.runtime.js.WasmGcCounterpart;
import org.teavm.backend.wasm.TeaVMWasmGCHost;
import org.teavm.model.AnnotationReader;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ElementModifier;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;
import org.teavm.jso.impl.JSOPlugin;
import org.teavm.vm.spi.Before;
import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;

/**
 * Compile-time TeaVM plugin (found through META-INF/services), active only on the WebAssembly GC
 * target: each method marked {@link WasmGcCounterpart} gets, as its whole body, a call to its
 * counterpart (same name, the receiver first for an instance method). The JavaScript target never
 * installs it, so the bundle that ships is what it was. Before the JSO plugin: its class
 * transformer refuses a JS-only call (a {@code @JSByRef} array) in a body this one replaces.
 */
@Before(JSOPlugin.class)
public final class WasmGcCounterpartsPlugin implements TeaVMPlugin, ClassHolderTransformer {
  @Override
  public void install(TeaVMHost host) {
    if (host.getExtension(TeaVMWasmGCHost.class) != null) {
      host.add(this);
    }
  }

  @Override
  public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
    for (MethodHolder method : cls.getMethods()) {
      AnnotationReader annotation = method.getAnnotations().get(WasmGcCounterpart.class.getName());
      if (annotation == null) continue;
      String counterpart = ((ValueType.Object) annotation.getValue("value").getJavaClass()).getClassName();
      boolean instance = !method.hasModifier(ElementModifier.STATIC);
      int count = method.parameterCount();
      ValueType[] signature = new ValueType[count + (instance ? 1 : 0) + 1];
      int at = 0;
      if (instance) signature[at++] = ValueType.object(cls.getName());
      for (int i = 0; i < count; i++) signature[at++] = method.parameterType(i);
      signature[at] = method.getResultType();
      MethodReference target = new MethodReference(counterpart, method.getName(), signature);

      method.getModifiers().remove(ElementModifier.NATIVE);
      ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
      ValueEmitter[] arguments = new ValueEmitter[signature.length - 1];
      at = 0;
      if (instance) arguments[at++] = pe.var(0, ValueType.object(cls.getName()));
      for (int i = 0; i < count; i++) arguments[at++] = pe.var(i + 1, method.parameterType(i));
      ValueEmitter result = pe.invoke(target, arguments);
      if (method.getResultType() == ValueType.VOID) {
        pe.exit();
      } else {
        result.returnValue();
      }
    }
  }
}
