package dev.workers4j.json;

import java.time.LocalDateTime;

/** LocalDateTime as {@code 2024-03-05T07:08:09.120}: no offset on output, and none accepted on input. */
public final class LocalDateTimeCodec implements JsonCodec<LocalDateTime> {
  public static final LocalDateTimeCodec INSTANCE = new LocalDateTimeCodec();

  private LocalDateTimeCodec() {}

  @Override
  public LocalDateTime read(JsonReader reader) {
    if (reader.peekNull()) return reader.readNull();
    String text = reader.nextString();
    LocalDateTime value = of(text);
    if (value == null) {
      throw reader.valueError("expected an ISO-8601 local date-time but found '" + text + "'");
    }
    return value;
  }

  @Override
  public LocalDateTime readTree(JsonTree tree) {
    if (tree.isNull()) return null;
    LocalDateTime value = of(tree.stringValue());
    if (value == null) throw tree.undecided("a local date-time");
    return value;
  }

  private static LocalDateTime of(String text) {
    IsoTime.Parsed p = IsoTime.parse(text, true, false);
    if (p == null || Math.abs(p.year) > IsoTime.MAX_LOCAL_YEAR) return null;
    return JsonEngine.current().localDateTime(p.year, p.month, p.day, p.hour, p.minute, p.second, p.nano);
  }

  @Override
  public void write(JsonWriter writer, LocalDateTime value) {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.isoDateTime(value.getYear(), value.getMonthValue(), value.getDayOfMonth(), value.getHour(),
        value.getMinute(), value.getSecond(), value.getNano(), JsonWriter.NO_OFFSET);
  }
}
