package dev.workers4j.json;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The property names one generated codec reads, in a fixed order: {@link
 * JsonReader#nextField(JsonFields)} answers with an index into it instead of a String to switch
 * on. That lets a reader match names without building Strings, and lets the workerd reader look
 * properties up by name in an object JSON.parse has built rather than list its keys.
 */
public final class JsonFields {
  /** {@link JsonReader#nextField(JsonFields)}: a property this table does not name (skip its value). */
  public static final int UNKNOWN = -1;
  /** {@link JsonReader#nextField(JsonFields)}: the object has no more properties. */
  public static final int END = -2;

  private static final AtomicInteger IDS = new AtomicInteger();

  private final String[] names;
  private final Map<String, Integer> indexes;
  private final boolean aliased;
  private final int id;

  private JsonFields(String[] names, boolean aliased) {
    this.names = names.clone();
    this.indexes = new HashMap<>(names.length * 2);
    for (int i = 0; i < names.length; i++) {
      if (indexes.put(names[i], i) != null) throw new IllegalArgumentException("duplicate name " + names[i]);
    }
    this.aliased = aliased;
    this.id = IDS.getAndIncrement();
  }

  /** A table whose names each belong to a different property. */
  public static JsonFields of(String... names) {
    return new JsonFields(names, false);
  }

  /**
   * A table in which some properties have several names ({@code @JsonAlias}): when an object has
   * more than one of them, the one that comes last in the document wins, so readers must visit
   * properties in document order.
   */
  public static JsonFields aliased(String... names) {
    return new JsonFields(names, true);
  }

  /** The index of {@code name}, or {@link #UNKNOWN}. */
  public int indexOf(String name) {
    Integer i = indexes.get(name);
    return i == null ? UNKNOWN : i;
  }

  public String name(int index) {
    return names[index];
  }

  public int size() {
    return names.length;
  }

  /** True when properties must be visited in document order (see {@link #aliased}). */
  public boolean isAliased() {
    return aliased;
  }

  /** Small, dense and unique in this process: readers keep their own lookup structures by it. */
  public int id() {
    return id;
  }
}
