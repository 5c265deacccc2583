package dev.workers4j.env;

/** A secret value that never shows itself in toString, logs or error bodies. */
public final class Secret {
    private final String name;
    private final String value;

    public Secret(String name, String value) {
        if (value == null) {
            throw new MissingBindingException(name, "secret");
        }
        this.name = name;
        this.value = value;
    }

    public String name() {
        return name;
    }

    /** The value itself: pass it straight to where it is needed, never to a log. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "Secret(" + name + ", ******)";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret && ((Secret) other).name.equals(name) && ((Secret) other).value.equals(value);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }
}
