package dev.workers4j.env;

/** A binding the code asks for that the Worker's environment does not have. */
public final class MissingBindingException extends RuntimeException {
    public MissingBindingException(String name, String kind) {
        super("the Worker's env has no " + kind + " named " + name + " (check wrangler.toml / .dev.vars)");
    }
}
