package dev.workers4j.runtime.js.compile;

import java.math.BigDecimal;
import org.teavm.backend.javascript.codegen.SourceWriter;
import org.teavm.backend.javascript.spi.Generator;
import org.teavm.backend.javascript.spi.GeneratorContext;
import org.teavm.dependency.DependencyAgent;
import org.teavm.dependency.DependencyPlugin;
import org.teavm.dependency.MethodDependency;
import org.teavm.model.FieldReference;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;

/**
 * Compile-time bodies of {@code ParsedJs.smallDecimal(int unscaled, int scale)}, a BigDecimal of
 * a small unscaled value built with one BigInt, and {@code ParsedJs.smallUnscaled(BigDecimal)},
 * the unscaled value as a double read from the same fields, for the writer.
 *
 * <p>TeaVM 0.15 compiles {@code long} to BigInt, and {@code BigDecimal.valueOf(long, int)} costs
 * five BigInt operations (the int-to-long conversion makes two, then a comparison with zero, a
 * sign test and a conversion back for the bit length). In workerd each is a slow path; a Shopify
 * order's money strings make that about a twentieth of its decode. This body sets the three
 * fields the class library's small-value constructor sets (unscaled value, scale, bit length),
 * computing the bit length on the int. Writing, {@code unscaledValue()} would build a BigInteger
 * and read it back through BigInt arithmetic; the fields give the digits directly. Conformance
 * checks the decimals built (sums, products, precision, text) and written against the JVM's.
 */
public final class SmallDecimalGenerator implements Generator, DependencyPlugin {
  private static final String DECIMAL = BigDecimal.class.getName();
  private static final FieldReference SMALL_VALUE = new FieldReference(DECIMAL, "smallValue");
  private static final FieldReference SCALE = new FieldReference(DECIMAL, "scale");
  private static final FieldReference BIT_LENGTH = new FieldReference(DECIMAL, "bitLength");

  @Override
  public void methodReached(DependencyAgent agent, MethodDependency method) {
    agent.linkClass(DECIMAL).initClass(null);
    agent.linkField(SMALL_VALUE);
    agent.linkField(SCALE);
    agent.linkField(BIT_LENGTH);
    if (method.getMethod().getName().equals("smallDecimal")) {
      method.getResult().propagate(agent.getType(ValueType.object(DECIMAL)));
    }
  }

  @Override
  public void generate(GeneratorContext context, SourceWriter writer, MethodReference methodRef) {
    if (methodRef.getName().equals("smallUnscaled")) {
      // The class library keeps the unscaled value in smallValue while its bit length is under 64.
      String decimal = context.getParameterName(1);
      writer.append("return " + decimal + ".").appendField(BIT_LENGTH).append(" <= 53 ? Number(" + decimal + ".")
          .appendField(SMALL_VALUE).append(") : NaN;").softNewLine();
      return;
    }
    String unscaled = context.getParameterName(1);
    String scale = context.getParameterName(2);
    // Long local names: TeaVM names parameters with single letters, which a short local could shadow.
    writer.appendClassInit(DECIMAL).append("();").softNewLine();
    writer.append("var smallDecimal = new ").appendClass(DECIMAL).append("();").softNewLine();
    writer.append("smallDecimal.").appendField(SMALL_VALUE).append(" = BigInt(" + unscaled + ");").softNewLine();
    writer.append("smallDecimal.").appendField(SCALE).append(" = " + scale + ";").softNewLine();
    // The class library's bitLength(long): 64 - numberOfLeadingZeros(v < 0 ? ~v : v), on 32 bits.
    writer.append("smallDecimal.").appendField(BIT_LENGTH)
        .append(" = 32 - Math.clz32(" + unscaled + " < 0 ? ~" + unscaled + " : " + unscaled + ");").softNewLine();
    writer.append("return smallDecimal;").softNewLine();
  }
}
