package dev.workers4j.runtime.js.compile;

import org.teavm.backend.javascript.TeaVMJavaScriptHost;
import org.teavm.backend.javascript.codegen.SourceWriter;
import org.teavm.backend.javascript.spi.Generator;
import org.teavm.backend.javascript.spi.GeneratorContext;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ElementModifier;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;

/**
 * Compile-time TeaVM plugin (found through META-INF/services): gives {@code
 * Long.numberOfLeadingZeros} a native JS body.
 *
 * <p>TeaVM 0.15 compiles {@code long} to BigInt, and the class library computes leading zeros by
 * binary search: six shifts and six comparisons, each a BigInt allocation. Every {@code
 * BigDecimal} built from a long runs it (for its bit length), so in the JSON decode of a Shopify
 * order it was a tenth of the time. The native body converts once to a double and uses {@code
 * Math.clz32}; values beyond 2^53 keep a BigInt path. The JVM never sees this class.
 */
public final class NativeLongBitsPlugin implements TeaVMPlugin, ClassHolderTransformer, Generator {
  private static final MethodDescriptor LEADING_ZEROS =
      new MethodDescriptor("numberOfLeadingZeros", long.class, int.class);

  @Override
  public void install(TeaVMHost host) {
    TeaVMJavaScriptHost js = host.getExtension(TeaVMJavaScriptHost.class);
    if (js == null) return; // another target (C, Wasm): leave the class library as it is
    host.add(this);
    js.add(new MethodReference(Long.class.getName(), LEADING_ZEROS), this);
  }

  /** Makes the method native, so TeaVM renders it with {@link #generate} instead of its body. */
  @Override
  public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
    if (!cls.getName().equals(Long.class.getName())) return;
    MethodHolder method = cls.getMethod(LEADING_ZEROS);
    if (method == null || method.getModifiers().contains(ElementModifier.NATIVE)) return;
    method.setProgram(null);
    method.getModifiers().add(ElementModifier.NATIVE);
  }

  @Override
  public void generate(GeneratorContext context, SourceWriter writer, MethodReference methodRef) {
    String value = context.getParameterName(1);
    // Non-negative and exact as a double (every bit length BigDecimal meets in practice): clz32 on
    // the high or low word. Otherwise one unsigned shift in BigInt.
    // Long local names: TeaVM names parameters with single letters, which a short local could shadow.
    writer.append("var asNumber = Number(" + value + ");").softNewLine()
        .append("if (asNumber >= 0 && asNumber <= 9007199254740991) return asNumber >= 4294967296"
            + " ? Math.clz32(Math.floor(asNumber / 4294967296)) : 32 + Math.clz32(asNumber);").softNewLine()
        .append("var unsigned = BigInt.asUintN(64, " + value + ");").softNewLine()
        .append("var highWord = Number(unsigned >> 32n);").softNewLine()
        .append("return highWord !== 0 ? Math.clz32(highWord) : 32 + Math.clz32(Number(unsigned));").softNewLine();
  }
}
