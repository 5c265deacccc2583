package dev.workers4j.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Codecs for scalars and containers, for hand-written code and top-level values
 * ({@code Json.fromJson(JsonCodecs.list(Order_JsonCodec.INSTANCE), text)}). Generated codecs
 * inline these instead, so using them costs nothing unless you do.
 */
public final class JsonCodecs {
  private JsonCodecs() {}

  public static final JsonCodec<String> STRING = new JsonCodec<String>() {
    @Override public String read(JsonReader r) { return r.peekNull() ? r.readNull() : r.nextString(); }
    @Override public void write(JsonWriter w, String v) { w.value(v); }
  };

  public static final JsonCodec<Long> LONG = new JsonCodec<Long>() {
    @Override public Long read(JsonReader r) { return r.peekNull() ? r.readNull() : Long.valueOf(r.nextLong()); }
    @Override public void write(JsonWriter w, Long v) { if (v == null) w.nullValue(); else w.value(v.longValue()); }
  };

  public static final JsonCodec<Integer> INT = new JsonCodec<Integer>() {
    @Override public Integer read(JsonReader r) { return r.peekNull() ? r.readNull() : Integer.valueOf(r.nextInt()); }
    @Override public void write(JsonWriter w, Integer v) { if (v == null) w.nullValue(); else w.value(v.longValue()); }
  };

  public static final JsonCodec<Double> DOUBLE = new JsonCodec<Double>() {
    @Override public Double read(JsonReader r) { return r.peekNull() ? r.readNull() : Double.valueOf(r.nextDouble()); }
    @Override public void write(JsonWriter w, Double v) { if (v == null) w.nullValue(); else w.value(v.doubleValue()); }
  };

  public static final JsonCodec<Boolean> BOOLEAN = new JsonCodec<Boolean>() {
    @Override public Boolean read(JsonReader r) { return r.peekNull() ? r.readNull() : Boolean.valueOf(r.nextBoolean()); }
    @Override public void write(JsonWriter w, Boolean v) { if (v == null) w.nullValue(); else w.value(v.booleanValue()); }
  };

  public static final JsonCodec<BigDecimal> BIG_DECIMAL = new JsonCodec<BigDecimal>() {
    @Override public BigDecimal read(JsonReader r) { return r.peekNull() ? r.readNull() : r.nextBigDecimal(); }
    @Override public void write(JsonWriter w, BigDecimal v) { w.value(v); }
  };

  public static <T> JsonCodec<List<T>> list(JsonCodec<T> element) {
    return new JsonCodec<List<T>>() {
      @Override public List<T> read(JsonReader r) {
        if (r.peekNull()) return r.readNull();
        int size = r.beginArrayKnownSize();
        List<T> list = size < 0 ? new ArrayList<>() : new ArrayList<>(size);
        while (r.hasNext()) list.add(element.read(r));
        r.endArray();
        return list;
      }
      @Override public void write(JsonWriter w, List<T> v) {
        if (v == null) { w.nullValue(); return; }
        w.beginArray();
        for (T e : v) element.write(w, e);
        w.endArray();
      }
    };
  }

  public static <T> JsonCodec<Set<T>> set(JsonCodec<T> element) {
    return new JsonCodec<Set<T>>() {
      @Override public Set<T> read(JsonReader r) {
        if (r.peekNull()) return r.readNull();
        Set<T> set = new LinkedHashSet<>();
        r.beginArray();
        while (r.hasNext()) set.add(element.read(r));
        r.endArray();
        return set;
      }
      @Override public void write(JsonWriter w, Set<T> v) {
        if (v == null) { w.nullValue(); return; }
        w.beginArray();
        for (T e : v) element.write(w, e);
        w.endArray();
      }
    };
  }

  public static <T> JsonCodec<Map<String, T>> map(JsonCodec<T> value) {
    return new JsonCodec<Map<String, T>>() {
      @Override public Map<String, T> read(JsonReader r) {
        if (r.peekNull()) return r.readNull();
        Map<String, T> map = new LinkedHashMap<>();
        r.beginObject();
        while (r.hasNext()) map.put(r.nextName(), value.read(r));
        r.endObject();
        return map;
      }
      @Override public void write(JsonWriter w, Map<String, T> v) {
        if (v == null) { w.nullValue(); return; }
        w.beginObject();
        for (Map.Entry<String, T> e : v.entrySet()) {
          w.name(e.getKey());
          value.write(w, e.getValue());
        }
        w.endObject();
      }
    };
  }

  /** JSON null (or absence, in a generated codec) is Optional.empty(). */
  public static <T> JsonCodec<Optional<T>> optional(JsonCodec<T> value) {
    return new JsonCodec<Optional<T>>() {
      @Override public Optional<T> read(JsonReader r) {
        if (r.peekNull()) { r.nextNull(); return Optional.empty(); }
        return Optional.ofNullable(value.read(r));
      }
      @Override public void write(JsonWriter w, Optional<T> v) {
        if (v == null || !v.isPresent()) w.nullValue();
        else value.write(w, v.get());
      }
    };
  }
}
