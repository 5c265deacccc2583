package dev.workers4j.env.typed;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the interface that declares a Worker's bindings, one {@link Binding} method each. The
 * return type says the kind: {@code String} a [vars] entry, {@link dev.workers4j.env.Secret} a
 * secret, {@link dev.workers4j.r2.R2Bucket} an [[r2_buckets]] binding,
 * {@link dev.workers4j.queue.Queue} a [[queues.producers]] binding,
 * {@link dev.workers4j.sql.Hyperdrive} a [[hyperdrive]] binding and
 * {@link dev.workers4j.service.Fetcher} a [[services]] binding.
 *
 * <p>At compile time the entry processor (workers4j-entry-processor) writes
 * {@code <Interface>_Bindings} with {@code static <Interface> of(dev.workers4j.env.Env raw)},
 * plain delegation to the raw env, and fails the build when the interface and the Worker's
 * wrangler.toml disagree: a binding missing on either side, or of another kind. Secrets are not
 * in wrangler.toml; they are checked against {@code .dev.vars.example} beside it.
 *
 * <p>wrangler.toml is the file named by the processor option
 * {@code -Aworkers4j.wranglerToml=<path>} when given, otherwise the nearest wrangler.toml in the
 * interface's source directory or a directory above it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WorkerEnv {
}
