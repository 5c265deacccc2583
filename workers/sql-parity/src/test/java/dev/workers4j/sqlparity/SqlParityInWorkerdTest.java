package dev.workers4j.sqlparity;

import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.WorkerdExtension;
import dev.workers4j.testing.sql.LocalPostgres;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The SQL scenarios against the TeaVM bundle in real workerd: postgres.js over the Hyperdrive
 * binding, whose local database is the same PostgreSQL the JVM side uses.
 */
class SqlParityInWorkerdTest extends SqlParityScenarios {
    @RegisterExtension
    static final WorkerdExtension WORKERD = WorkerdExtension.servingWith(
            () -> LocalPostgres.get().workerdEnvironment("HYPERDRIVE"), "workers/sql-parity/wrangler.toml");

    @Override
    WorkerClient worker() {
        return WORKERD.worker("sql-parity");
    }

    @Override
    String runtime() {
        return "workerd (postgres.js)";
    }
}
