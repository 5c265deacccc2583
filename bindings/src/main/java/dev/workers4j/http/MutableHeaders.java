package dev.workers4j.http;

import java.util.ArrayList;
import java.util.List;

/** An ordered, case-insensitive header list that can be changed; what responses and built requests carry. */
public final class MutableHeaders implements Headers {
    // Parallel lists keep the common case (a handful of headers) allocation-light.
    private final ArrayList<String> names = new ArrayList<>(4);
    private final ArrayList<String> values = new ArrayList<>(4);

    public MutableHeaders() {
    }

    /** A copy of any headers, e.g. of a request's. */
    public static MutableHeaders copyOf(Headers headers) {
        MutableHeaders copy = new MutableHeaders();
        headers.forEach(copy::append);
        return copy;
    }

    @Override
    public String get(String name) {
        String key = normalize(name);
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equals(key)) {
                return values.get(i);
            }
        }
        return null;
    }

    @Override
    public List<String> getAll(String name) {
        String key = normalize(name);
        List<String> all = new ArrayList<>(1);
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equals(key)) {
                all.add(values.get(i));
            }
        }
        return all;
    }

    /** Replaces every value of the header with this one. */
    public MutableHeaders set(String name, String value) {
        delete(name);
        return append(name, value);
    }

    public MutableHeaders append(String name, String value) {
        HeaderNames.requireValid(name, value);
        names.add(normalize(name));
        values.add(value);
        return this;
    }

    public MutableHeaders delete(String name) {
        String key = normalize(name);
        for (int i = names.size() - 1; i >= 0; i--) {
            if (names.get(i).equals(key)) {
                names.remove(i);
                values.remove(i);
            }
        }
        return this;
    }

    public int size() {
        return names.size();
    }

    @Override
    public void forEach(HeaderVisitor visitor) {
        for (int i = 0; i < names.size(); i++) {
            visitor.visit(names.get(i), values.get(i));
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        forEach((n, v) -> text.append(text.length() > 1 ? ", " : "").append(n).append(": ").append(v));
        return text.append('}').toString();
    }

    private static String normalize(String name) {
        return HeaderNames.lowerCase(name);
    }
}
