package dev.workers4j.runtime.js.compile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teavm.asm.Opcodes;
import org.teavm.asm.Type;
import org.teavm.asm.tree.AbstractInsnNode;
import org.teavm.asm.tree.InsnList;
import org.teavm.asm.tree.LineNumberNode;
import org.teavm.asm.tree.LocalVariableNode;
import org.teavm.asm.tree.MethodInsnNode;
import org.teavm.asm.tree.MethodNode;
import org.teavm.asm.tree.TryCatchBlockNode;
import org.teavm.asm.tree.VarInsnNode;
import org.teavm.asm.tree.analysis.Analyzer;
import org.teavm.asm.tree.analysis.AnalyzerException;
import org.teavm.asm.tree.analysis.Frame;
import org.teavm.asm.tree.analysis.SourceInterpreter;
import org.teavm.asm.tree.analysis.SourceValue;

/**
 * Finds, in one method's bytecode, the catch shape TeaVM 0.15 in strict mode mis-compiles: a
 * reference parameter dereferenced inside a try, not before it, after something in the try that
 * can throw, and read again on the path from its catch block. Strict mode null-checks the
 * parameter at that first dereference; the catch block then reads the checked copy, unassigned
 * when the try threw before the check (workers/conformance SuspendingCatch reproduces it). Fine:
 * a dereference before the try, a try whose first act is the dereference (the check has run
 * before anything can throw), a catch that uses only its exception ({@code Attempt.run}).
 *
 * <p>Bytecode, read with the ASM TeaVM itself runs on: "dereferenced" is being the receiver of a
 * call, a field access, an array access, a throw or a monitor; "before" is earlier in the
 * bytecode. A parameter the method assigns is not judged.
 */
final class CatchShape {
  /** One parameter a catch block reads in the mis-compiled shape. */
  static final class Finding {
    final String parameter;
    final int dereferenceLine;
    final int catchLine;

    Finding(String parameter, int dereferenceLine, int catchLine) {
      this.parameter = parameter;
      this.dereferenceLine = dereferenceLine;
      this.catchLine = catchLine;
    }
  }

  private final String owner;
  private final MethodNode method;
  private final InsnList code;
  private final List<List<Integer>> successors = new ArrayList<>();

  private CatchShape(String owner, MethodNode method) {
    this.owner = owner;
    this.method = method;
    this.code = method.instructions;
  }

  /** The findings in {@code method} of the class {@code owner} (internal name, a/b/C). */
  static List<Finding> find(String owner, MethodNode method) throws AnalyzerException {
    if (method.tryCatchBlocks == null || method.tryCatchBlocks.isEmpty()) return List.of();
    return new CatchShape(owner, method).find();
  }

  private List<Finding> find() throws AnalyzerException {
    for (int i = 0; i < code.size(); i++) successors.add(new ArrayList<>());
    Analyzer<SourceValue> analyzer = new Analyzer<>(new SourceInterpreter()) {
      @Override
      protected void newControlFlowEdge(int from, int to) {
        successors.get(from).add(to);
      }

      @Override
      protected boolean newControlFlowExceptionEdge(int from, int to) {
        successors.get(from).add(to);
        return true;
      }
    };
    Frame<SourceValue>[] frames = analyzer.analyze(owner, method);
    Map<Integer, BitSet> dereferences = dereferences(frames);
    List<Finding> findings = new ArrayList<>();
    for (int slot : referenceParameters()) {
      BitSet at = dereferences.get(slot);
      if (at == null || assigned(slot)) continue;
      for (TryCatchBlockNode block : method.tryCatchBlocks) {
        if (block.type == null) continue; // a finally: javac's copy of the block, not a catch
        int start = code.indexOf(block.start);
        int end = code.indexOf(block.end);
        int firstInTry = at.nextSetBit(start);
        boolean before = at.nextSetBit(0) < start;
        if (before || firstInTry < 0 || firstInTry >= end || !mayThrowBetween(start, firstInTry)) continue;
        int read = firstReadFrom(code.indexOf(block.handler), slot);
        if (read >= 0) {
          findings.add(new Finding(parameterName(slot), lineOf(firstInTry), lineOf(read)));
          break;
        }
      }
    }
    return findings;
  }

  /** For each local slot, the instructions that dereference the value loaded from it. */
  private Map<Integer, BitSet> dereferences(Frame<SourceValue>[] frames) {
    Map<Integer, BitSet> out = new HashMap<>();
    for (int i = 0; i < code.size(); i++) {
      Frame<SourceValue> frame = frames[i];
      int depth = frame == null ? -1 : dereferencedDepth(code.get(i));
      if (depth < 0 || depth >= frame.getStackSize()) continue;
      for (AbstractInsnNode source : frame.getStack(frame.getStackSize() - 1 - depth).insns) {
        if (source.getOpcode() == Opcodes.ALOAD) {
          out.computeIfAbsent(((VarInsnNode) source).var, k -> new BitSet()).set(i);
        }
      }
    }
    return out;
  }

  /** Whether an instruction in [from, to) can throw: a call, a dereference, a throw, a cast. */
  private boolean mayThrowBetween(int from, int to) {
    for (int i = from; i < to; i++) {
      AbstractInsnNode insn = code.get(i);
      if (insn instanceof MethodInsnNode || insn.getOpcode() == Opcodes.INVOKEDYNAMIC
          || insn.getOpcode() == Opcodes.CHECKCAST || dereferencedDepth(insn) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** How deep below the top of the stack the dereferenced operand is, or -1. */
  private static int dereferencedDepth(AbstractInsnNode insn) {
    switch (insn.getOpcode()) {
      case Opcodes.INVOKEVIRTUAL:
      case Opcodes.INVOKEINTERFACE:
        return Type.getArgumentTypes(((MethodInsnNode) insn).desc).length;
      case Opcodes.INVOKESPECIAL:
        MethodInsnNode call = (MethodInsnNode) insn;
        return call.name.equals("<init>") ? -1 : Type.getArgumentTypes(call.desc).length;
      case Opcodes.GETFIELD:
      case Opcodes.ARRAYLENGTH:
      case Opcodes.ATHROW:
      case Opcodes.MONITORENTER:
      case Opcodes.MONITOREXIT:
        return 0;
      case Opcodes.PUTFIELD:
      case Opcodes.IALOAD: case Opcodes.LALOAD: case Opcodes.FALOAD: case Opcodes.DALOAD:
      case Opcodes.AALOAD: case Opcodes.BALOAD: case Opcodes.CALOAD: case Opcodes.SALOAD:
        return 1;
      case Opcodes.IASTORE: case Opcodes.FASTORE: case Opcodes.AASTORE: case Opcodes.BASTORE:
      case Opcodes.CASTORE: case Opcodes.SASTORE:
        return 2;
      case Opcodes.LASTORE:
      case Opcodes.DASTORE:
        return 2; // the value is one stack entry in ASM's frames
      default:
        return -1;
    }
  }

  /** The first load of {@code slot} reachable from {@code handler}, or -1. */
  private int firstReadFrom(int handler, int slot) {
    BitSet seen = new BitSet();
    Deque<Integer> pending = new ArrayDeque<>();
    pending.add(handler);
    int first = -1;
    while (!pending.isEmpty()) {
      int i = pending.poll();
      if (seen.get(i)) continue;
      seen.set(i);
      AbstractInsnNode insn = code.get(i);
      if (insn.getOpcode() == Opcodes.ALOAD && ((VarInsnNode) insn).var == slot) {
        if (first < 0 || i < first) first = i;
        continue;
      }
      pending.addAll(successors.get(i));
    }
    return first;
  }

  private List<Integer> referenceParameters() {
    List<Integer> slots = new ArrayList<>();
    int slot = (method.access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
    for (Type type : Type.getArgumentTypes(method.desc)) {
      if (type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY) slots.add(slot);
      slot += type.getSize();
    }
    return slots;
  }

  private boolean assigned(int slot) {
    for (AbstractInsnNode insn : code) {
      if (insn.getOpcode() == Opcodes.ASTORE && ((VarInsnNode) insn).var == slot) return true;
    }
    return false;
  }

  private String parameterName(int slot) {
    if (method.localVariables != null) {
      for (LocalVariableNode variable : method.localVariables) {
        if (variable.index == slot) return variable.name;
      }
    }
    return "#" + slot;
  }

  /** The source line of the instruction at {@code index}, or -1. */
  private int lineOf(int index) {
    for (AbstractInsnNode insn = code.get(index); insn != null; insn = insn.getPrevious()) {
      if (insn instanceof LineNumberNode) return ((LineNumberNode) insn).line;
    }
    return -1;
  }
}
