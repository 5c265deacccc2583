package dev.workers4j.json;

import java.time.Instant;

/** Instant as ISO-8601 UTC text, {@code 2024-03-05T07:08:09.120Z}; any offset is accepted on input. */
public final class InstantCodec implements JsonCodec<Instant> {
  public static final InstantCodec INSTANCE = new InstantCodec();

  /** Epoch seconds whose day fits an int with room for civil()'s shift: about 3 million years. */
  private static final double INT_DAYS_SECONDS = 1e14;

  private InstantCodec() {}

  @Override
  public Instant read(JsonReader reader) {
    if (reader.peekNull()) return reader.readNull();
    String text = reader.nextString();
    IsoTime.Parsed p = IsoTime.parse(text, true, true);
    if (p == null) throw reader.valueError("expected an ISO-8601 instant but found '" + text + "'");
    Instant instant = of(p);
    if (instant == null) throw reader.valueError("instant out of range: '" + text + "'");
    return instant;
  }

  @Override
  public Instant readTree(JsonTree tree) {
    if (tree.isNull()) return null;
    IsoTime.Parsed p = IsoTime.parse(tree.stringValue(), true, true);
    Instant instant = p == null ? null : of(p);
    if (instant == null) throw tree.undecided("an instant");
    return instant;
  }

  /** The instant of parsed fields, or null beyond Instant's range. */
  private static Instant of(IsoTime.Parsed p) {
    if (Math.abs(p.year) <= IsoTime.MAX_INT_YEAR) {
      // Exact in a double (well within 2^53), converted to a long once.
      double seconds = IsoTime.smallEpochDay(p.year, p.month, p.day) * 86400d
          + p.hour * 3600 + p.minute * 60 + p.second - p.offsetSeconds;
      return JsonEngine.current().instant(seconds, p.nano);
    }
    long seconds = IsoTime.epochDay(p.year, p.month, p.day) * 86400L
        + p.hour * 3600L + p.minute * 60L + p.second - p.offsetSeconds;
    if (seconds < Instant.MIN.getEpochSecond() || seconds > Instant.MAX.getEpochSecond()) return null;
    return Instant.ofEpochSecond(seconds, p.nano);
  }

  @Override
  public void write(JsonWriter writer, Instant value) {
    if (value == null) {
      writer.nullValue();
      return;
    }
    long seconds = value.getEpochSecond();
    double exactSeconds = seconds;
    int[] ymd;
    int secondOfDay;
    if (Math.abs(exactSeconds) < INT_DAYS_SECONDS) {
      // Days within an int: double and int arithmetic only (under TeaVM a long is a BigInt).
      double day = Math.floor(exactSeconds / 86400);
      secondOfDay = (int) (exactSeconds - day * 86400);
      ymd = IsoTime.smallCivil((int) day);
    } else {
      secondOfDay = (int) Math.floorMod(seconds, 86400L);
      ymd = IsoTime.civil(Math.floorDiv(seconds, 86400L));
    }
    writer.isoDateTime(ymd[0], ymd[1], ymd[2], secondOfDay / 3600, (secondOfDay / 60) % 60, secondOfDay % 60,
        value.getNano(), 0);
  }
}
