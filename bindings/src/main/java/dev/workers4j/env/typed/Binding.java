package dev.workers4j.env.typed;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One binding of a {@link WorkerEnv} interface: the method returns the binding named
 * {@link #value()} in wrangler.toml (or the secret of that name).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Binding {
    /** The binding's name as wrangler.toml spells it, e.g. "R2_BUCKET". */
    String value();
}
