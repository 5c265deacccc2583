package dev.workers4j.entry;

/** The kinds of binding a @WorkerEnv interface can declare, and where each lives. */
enum BindingKind {
    VAR("java.lang.String", "a var", "[vars]", "requireVar"),
    SECRET("dev.workers4j.env.Secret", "a secret", ".dev.vars.example", "secret"),
    R2("dev.workers4j.r2.R2Bucket", "an R2 bucket", "[[r2_buckets]]", "r2"),
    QUEUE("dev.workers4j.queue.Queue", "a queue producer", "[[queues.producers]]", "queue"),
    HYPERDRIVE("dev.workers4j.sql.Hyperdrive", "a Hyperdrive binding", "[[hyperdrive]]", "hyperdrive"),
    SERVICE("dev.workers4j.service.Fetcher", "a service binding", "[[services]]", "service");

    /** The Java return type that declares this kind. */
    final String javaType;
    /** How messages name it. */
    final String description;
    /** Where the binding is declared: a wrangler.toml section, or the secrets file. */
    final String section;
    /** The dev.workers4j.env.Env method that looks it up by name. */
    final String envMethod;

    BindingKind(String javaType, String description, String section, String envMethod) {
        this.javaType = javaType;
        this.description = description;
        this.section = section;
        this.envMethod = envMethod;
    }

    String simpleType() {
        return javaType.substring(javaType.lastIndexOf('.') + 1);
    }

    /** "an R2 bucket (R2Bucket, [[r2_buckets]])". */
    String describe() {
        return description + " (" + simpleType() + ", " + section + ")";
    }

    static BindingKind ofJavaType(String qualifiedName) {
        for (BindingKind kind : values()) {
            if (kind.javaType.equals(qualifiedName)) {
                return kind;
            }
        }
        return null;
    }
}
