package dev.workers4j.json;

import java.time.LocalDate;

/** LocalDate as {@code 2024-03-05}. */
public final class LocalDateCodec implements JsonCodec<LocalDate> {
  public static final LocalDateCodec INSTANCE = new LocalDateCodec();

  private LocalDateCodec() {}

  @Override
  public LocalDate read(JsonReader reader) {
    if (reader.peekNull()) return reader.readNull();
    String text = reader.nextString();
    LocalDate date = of(text);
    if (date == null) throw reader.valueError("expected an ISO-8601 date but found '" + text + "'");
    return date;
  }

  @Override
  public LocalDate readTree(JsonTree tree) {
    if (tree.isNull()) return null;
    LocalDate date = of(tree.stringValue());
    if (date == null) throw tree.undecided("a date");
    return date;
  }

  private static LocalDate of(String text) {
    IsoTime.Parsed p = IsoTime.parse(text, false, false);
    if (p == null || Math.abs(p.year) > IsoTime.MAX_LOCAL_YEAR) return null;
    return JsonEngine.current().localDate(p.year, p.month, p.day);
  }

  @Override
  public void write(JsonWriter writer, LocalDate value) {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.isoDateTime(value.getYear(), value.getMonthValue(), value.getDayOfMonth(),
        JsonWriter.NO_TIME, 0, 0, 0, JsonWriter.NO_OFFSET);
  }
}
