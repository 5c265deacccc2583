package dev.workers4j.json;

import java.time.Instant;

/** Instant as ISO-8601 UTC text, {@code 2024-03-05T07:08:09.120Z}; any offset is accepted on input. */
public final class InstantCodec implements JsonCodec<Instant> {
  public static final InstantCodec INSTANCE = new InstantCodec();

  private InstantCodec() {}

  @Override
  public Instant read(JsonReader reader) {
    if (reader.peekNull()) return reader.readNull();
    String text = reader.nextString();
    IsoTime.Parsed p = IsoTime.parse(text, true, true);
    if (p == null) throw reader.valueError("expected an ISO-8601 instant but found '" + text + "'");
    long seconds = IsoTime.epochDay(p.year, p.month, p.day) * 86400L
        + p.hour * 3600L + p.minute * 60L + p.second - p.offsetSeconds;
    return Instant.ofEpochSecond(seconds, p.nano);
  }

  @Override
  public void write(JsonWriter writer, Instant value) {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.value(format(value));
  }

  static String format(Instant value) {
    long seconds = value.getEpochSecond();
    long day = Math.floorDiv(seconds, 86400L);
    int secondOfDay = (int) Math.floorMod(seconds, 86400L);
    int[] ymd = IsoTime.civil(day);
    StringBuilder sb = new StringBuilder(30);
    IsoTime.appendDate(sb, ymd[0], ymd[1], ymd[2]);
    sb.append('T');
    IsoTime.appendTime(sb, secondOfDay / 3600, (secondOfDay / 60) % 60, secondOfDay % 60, value.getNano());
    sb.append('Z');
    return sb.toString();
  }
}
