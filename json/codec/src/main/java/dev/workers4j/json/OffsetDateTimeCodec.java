package dev.workers4j.json;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** OffsetDateTime as {@code 2024-03-05T07:08:09+02:00}; the offset is kept, not normalised. */
public final class OffsetDateTimeCodec implements JsonCodec<OffsetDateTime> {
  public static final OffsetDateTimeCodec INSTANCE = new OffsetDateTimeCodec();

  private OffsetDateTimeCodec() {}

  @Override
  public OffsetDateTime read(JsonReader reader) {
    if (reader.peekNull()) return reader.readNull();
    String text = reader.nextString();
    OffsetDateTime value = of(text);
    if (value == null) {
      throw reader.valueError("expected an ISO-8601 date-time with offset but found '" + text + "'");
    }
    return value;
  }

  @Override
  public OffsetDateTime readTree(JsonTree tree) {
    if (tree.isNull()) return null;
    OffsetDateTime value = of(tree.stringValue());
    if (value == null) throw tree.undecided("a date-time with offset");
    return value;
  }

  private static OffsetDateTime of(String text) {
    IsoTime.Parsed p = IsoTime.parse(text, true, true);
    if (p == null || Math.abs(p.year) > IsoTime.MAX_LOCAL_YEAR) return null;
    return JsonEngine.current().offsetDateTime(p.year, p.month, p.day, p.hour, p.minute, p.second, p.nano,
        ZoneOffset.ofTotalSeconds(p.offsetSeconds));
  }

  @Override
  public void write(JsonWriter writer, OffsetDateTime value) {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.isoDateTime(value.getYear(), value.getMonthValue(), value.getDayOfMonth(), value.getHour(),
        value.getMinute(), value.getSecond(), value.getNano(), value.getOffset().getTotalSeconds());
  }
}
