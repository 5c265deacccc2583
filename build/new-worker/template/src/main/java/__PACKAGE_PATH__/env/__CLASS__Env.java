package __PACKAGE__.env;

import dev.workers4j.env.Env;
import dev.workers4j.env.typed.Binding;
import dev.workers4j.env.typed.WorkerEnv;

/**
 * __NAME__'s bindings, checked at compile time against its wrangler.toml. Add R2 buckets
 * (R2Bucket), queues (Queue), Hyperdrive, services (Fetcher) and secrets (Secret) here and there.
 */
@WorkerEnv
public interface __CLASS__Env extends Env {
    /** The word a greeting starts with ([vars] GREETING). */
    @Binding("GREETING")
    String greeting();
}
