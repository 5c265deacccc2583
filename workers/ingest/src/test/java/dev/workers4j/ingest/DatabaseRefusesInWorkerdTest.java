package dev.workers4j.ingest;

import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.WorkerdExtension;
import dev.workers4j.testing.sql.RefusingPostgres;
import dev.workers4j.testing.sql.UnreachableDatabase;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The database answers and refuses (a closed port would kill miniflare's local Hyperdrive proxy,
 * see {@link RefusingPostgres}).
 */
class DatabaseRefusesInWorkerdTest extends DatabaseDownScenarios {
    static final RefusingPostgres DATABASE = RefusingPostgres.start();

    @RegisterExtension
    static final WorkerdExtension WORKERD = WorkerdExtension.servingWith(
            () -> Map.of("CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_HYPERDRIVE",
                    DATABASE.connectionString(UnreachableDatabase.PASSWORD)),
            "workers/ingest/wrangler.toml");

    @AfterAll
    static void stopDatabase() {
        DATABASE.close();
    }

    @Override
    WorkerClient ingest() {
        return WORKERD.worker("ingest");
    }
}
