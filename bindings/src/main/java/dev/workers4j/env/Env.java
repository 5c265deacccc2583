package dev.workers4j.env;

/**
 * What wrangler.toml gives a Worker: plain-text vars and secrets, looked up by binding name.
 * Typed views (one Java type per Worker) are built on top of this.
 */
public interface Env {
    /** A plain-text var ([vars] in wrangler.toml), or null when it is not set. */
    String var(String name);

    /** A var that must be set. */
    default String requireVar(String name) {
        String value = var(name);
        if (value == null) {
            throw new MissingBindingException(name, "var");
        }
        return value;
    }

    /**
     * A secret (wrangler secret put, or .dev.vars locally). Its value hides from toString and
     * logs; read it with {@link Secret#reveal()} where it is used.
     */
    Secret secret(String name);

    /**
     * A Hyperdrive binding ([[hyperdrive]] in wrangler.toml): the database's connection details
     * and SQL sessions over it.
     *
     * @throws MissingBindingException when the env has no such binding (the default, for envs
     *     that have none)
     */
    default dev.workers4j.sql.Hyperdrive hyperdrive(String name) {
        throw new MissingBindingException(name, "hyperdrive binding");
    }

    /**
     * An R2 bucket binding ([[r2_buckets]] in wrangler.toml).
     *
     * @throws MissingBindingException when the env has no such binding (the default, for envs
     *     that have none)
     */
    default dev.workers4j.r2.R2Bucket r2(String name) {
        throw new MissingBindingException(name, "r2 bucket binding");
    }

    /**
     * A queue producer binding ([[queues.producers]] in wrangler.toml).
     *
     * @throws MissingBindingException when the env has no such binding (the default, for envs
     *     that have none)
     */
    default dev.workers4j.queue.Queue queue(String name) {
        throw new MissingBindingException(name, "queue binding");
    }

    /**
     * A service binding ([[services]] in wrangler.toml): another Worker's fetch handler.
     *
     * @throws MissingBindingException when the env has no such binding
     */
    default dev.workers4j.service.Fetcher service(String name) {
        throw new MissingBindingException(name, "service binding");
    }
}
