package dev.workers4j.runtime.js.compile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
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
 * Compile-time bodies of {@code ParsedJs.instant}, {@code ParsedJs.localDate}, {@code
 * ParsedJs.localDateTime} and {@code ParsedJs.offsetDateTime}: java.time values built from fields IsoTime has already checked.
 *
 * <p>TeaVM compiles java.time from threetenbp, whose factories check every field against a long
 * range and compute in longs: in workerd each of those is a BigInt operation, and the three
 * timestamps of a Shopify order cost about a tenth of its decode. These bodies set the fields the
 * private constructors set (Instant: seconds, nanos; LocalDate: year, month, day; LocalTime:
 * hour, minute, second, nano; LocalDateTime: date, time; OffsetDateTime: dateTime, offset).
 * Conformance compares hundreds of decoded instants, dates and date-times, at the edges of their
 * layout, with the JVM's.
 */
public final class TimeValuesGenerator implements Generator, DependencyPlugin {
  private static final String INSTANT = Instant.class.getName();
  private static final String DATE = LocalDate.class.getName();
  private static final String TIME = LocalTime.class.getName();
  private static final String DATE_TIME = LocalDateTime.class.getName();
  private static final String OFFSET_DATE_TIME = OffsetDateTime.class.getName();
  private static final FieldReference[] FIELDS = {
    new FieldReference(INSTANT, "seconds"), new FieldReference(INSTANT, "nanos"),
    new FieldReference(DATE, "year"), new FieldReference(DATE, "month"), new FieldReference(DATE, "day"),
    new FieldReference(TIME, "hour"), new FieldReference(TIME, "minute"), new FieldReference(TIME, "second"),
    new FieldReference(TIME, "nano"), new FieldReference(DATE_TIME, "date"), new FieldReference(DATE_TIME, "time"),
    new FieldReference(OFFSET_DATE_TIME, "dateTime"), new FieldReference(OFFSET_DATE_TIME, "offset"),
  };

  @Override
  public void methodReached(DependencyAgent agent, MethodDependency method) {
    for (String cls : new String[] {INSTANT, DATE, TIME, DATE_TIME, OFFSET_DATE_TIME}) {
      agent.linkClass(cls).initClass(null);
    }
    for (FieldReference field : FIELDS) agent.linkField(field);
    String result;
    switch (method.getMethod().getName()) {
      case "instant": result = INSTANT; break;
      case "localDate": result = DATE; break;
      case "localDateTime": result = DATE_TIME; break;
      default: result = OFFSET_DATE_TIME;
    }
    method.getResult().propagate(agent.getType(ValueType.object(result)));
  }

  @Override
  public void generate(GeneratorContext context, SourceWriter writer, MethodReference methodRef) {
    // Long local names: TeaVM names parameters with single letters, which a short local could shadow.
    switch (methodRef.getName()) {
      case "instant": {
        writer.appendClassInit(INSTANT).append("();").softNewLine();
        writer.append("var instantValue = new ").appendClass(INSTANT).append("();").softNewLine();
        set(writer, "instantValue", field(INSTANT, "seconds"), "BigInt(" + context.getParameterName(1) + ")");
        set(writer, "instantValue", field(INSTANT, "nanos"), context.getParameterName(2));
        writer.append("return instantValue;").softNewLine();
        break;
      }
      case "localDate": {
        date(context, writer, "dateValue");
        writer.append("return dateValue;").softNewLine();
        break;
      }
      case "localDateTime": {
        dateTime(context, writer, "dateTimeValue");
        writer.append("return dateTimeValue;").softNewLine();
        break;
      }
      default: {
        dateTime(context, writer, "dateTimeValue");
        writer.appendClassInit(OFFSET_DATE_TIME).append("();").softNewLine();
        writer.append("var offsetValue = new ").appendClass(OFFSET_DATE_TIME).append("();").softNewLine();
        set(writer, "offsetValue", field(OFFSET_DATE_TIME, "dateTime"), "dateTimeValue");
        set(writer, "offsetValue", field(OFFSET_DATE_TIME, "offset"), context.getParameterName(8));
        writer.append("return offsetValue;").softNewLine();
      }
    }
  }

  /** LocalDateTime from parameters 1 to 7 into a local named {@code local}. */
  private static void dateTime(GeneratorContext context, SourceWriter writer, String local) {
    date(context, writer, "dateValue");
    writer.appendClassInit(TIME).append("();").softNewLine();
    writer.append("var timeValue = new ").appendClass(TIME).append("();").softNewLine();
    set(writer, "timeValue", field(TIME, "hour"), context.getParameterName(4));
    set(writer, "timeValue", field(TIME, "minute"), context.getParameterName(5));
    set(writer, "timeValue", field(TIME, "second"), context.getParameterName(6));
    set(writer, "timeValue", field(TIME, "nano"), context.getParameterName(7));
    writer.appendClassInit(DATE_TIME).append("();").softNewLine();
    writer.append("var " + local + " = new ").appendClass(DATE_TIME).append("();").softNewLine();
    set(writer, local, field(DATE_TIME, "date"), "dateValue");
    set(writer, local, field(DATE_TIME, "time"), "timeValue");
  }

  /** LocalDate from parameters 1 to 3 into a local named {@code local}. */
  private static void date(GeneratorContext context, SourceWriter writer, String local) {
    writer.appendClassInit(DATE).append("();").softNewLine();
    writer.append("var " + local + " = new ").appendClass(DATE).append("();").softNewLine();
    set(writer, local, field(DATE, "year"), context.getParameterName(1));
    set(writer, local, field(DATE, "month"), context.getParameterName(2));
    set(writer, local, field(DATE, "day"), context.getParameterName(3));
  }

  private static FieldReference field(String cls, String name) {
    return new FieldReference(cls, name);
  }

  private static void set(SourceWriter writer, String local, FieldReference field, String value) {
    writer.append(local + ".").appendField(field).append(" = " + value + ";").softNewLine();
  }
}
