package dev.workers4j.runtime.js.compile;

import org.teavm.backend.wasm.TeaVMWasmGCHost;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.FieldReference;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.instructions.GetFieldInstruction;
import org.teavm.model.instructions.NullConstantInstruction;
import org.teavm.model.instructions.PutFieldInstruction;
import org.teavm.model.instructions.RaiseInstruction;
import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;

/**
 * Compile-time TeaVM plugin, WebAssembly GC target only: mends TeaVM's fibers (0.15.0, still so
 * upstream), where {@code Fiber.suspend} rethrows {@code fiber.exception} on resumption but never
 * clears it. Once one awaited Promise of a request rejected, every later suspension of that fiber
 * threw the same exception again, also when its own Promise fulfilled: the typed R2 failure caught
 * by {@code Attempt.run} came back from the next, successful {@code bucket.head}, outside any
 * catch (workers/conformance/wasm-gaps/README.md, gap 9; reproduction: wasm-gaps/fiber-stale-exception).
 * Here {@code if (fiber.exception != null) throw fiber.exception;} becomes "read it, clear the
 * field, throw what was read". The build fails if TeaVM's code no longer has that shape.
 */
public final class FiberExceptionResetPlugin implements TeaVMPlugin, ClassHolderTransformer {
  static final String FIBER = "org.teavm.runtime.Fiber";
  private static final FieldReference EXCEPTION = new FieldReference(FIBER, "exception");

  @Override
  public void install(TeaVMHost host) {
    if (host.getExtension(TeaVMWasmGCHost.class) != null) {
      host.add(this);
    }
  }

  @Override
  public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
    if (!cls.getName().equals(FIBER)) return;
    int mended = 0;
    for (MethodHolder method : cls.getMethods()) {
      if (method.getName().equals("suspend") && method.getProgram() != null) {
        mended += mend(method.getProgram());
      }
    }
    if (mended != 1) {
      throw new IllegalStateException("FiberExceptionResetPlugin: expected one `throw fiber.exception` in "
          + FIBER + ".suspend, found " + mended + "; TeaVM's Fiber changed: check whether it still needs the mend");
    }
  }

  /** Inserts {@code fiber.exception = null} before each {@code throw <fiber.exception just read>}. */
  private static int mend(Program program) {
    int mended = 0;
    for (int b = 0; b < program.basicBlockCount(); b++) {
      BasicBlock block = program.basicBlockAt(b);
      GetFieldInstruction read = null;
      for (Instruction insn : block) {
        if (insn instanceof GetFieldInstruction get && get.getField().equals(EXCEPTION)) {
          read = get;
        } else if (insn instanceof RaiseInstruction raise && read != null
            && raise.getException() == read.getReceiver()) {
          NullConstantInstruction nothing = new NullConstantInstruction();
          nothing.setReceiver(program.createVariable());
          PutFieldInstruction clear = new PutFieldInstruction();
          clear.setInstance(read.getInstance());
          clear.setField(EXCEPTION);
          clear.setFieldType(ValueType.object("java.lang.Throwable"));
          clear.setValue(nothing.getReceiver());
          raise.insertPrevious(nothing);
          raise.insertPrevious(clear);
          mended++;
          break;
        }
      }
    }
    return mended;
  }
}
