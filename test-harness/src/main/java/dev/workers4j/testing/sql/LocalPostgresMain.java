package dev.workers4j.testing.sql;

import dev.workers4j.testing.LocalServiceMain;
import java.net.URI;

/**
 * The local database of {@code build/dev.sh}: starts {@link LocalPostgres} (embedded, or the
 * server named by {@value LocalPostgres#URL_ENV}), applies db/migrations, prints one line
 * {@code READY <connection string>} and serves until it is stopped (SIGINT/SIGTERM) or the
 * process that started it exits; the embedded server stops with it.
 *
 * <p>The printed connection string is the embedded server's in full (it trusts local
 * connections; its password is a placeholder that miniflare wants), but a
 * {@value LocalPostgres#URL_ENV} server's with the password replaced by {@code ***}: whoever
 * gave that URL already has it.
 *
 * <p>Run it from the repository root (it finds db/migrations there).
 */
public final class LocalPostgresMain {
    private LocalPostgresMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        long start = System.nanoTime();
        LocalPostgres database = LocalPostgres.forLocalRun();
        boolean given = System.getenv(LocalPostgres.URL_ENV) != null && !System.getenv(LocalPostgres.URL_ENV).isBlank();
        String shown = given ? withoutPassword(database.connectionString()) : database.connectionString();
        // LocalPostgres's shutdown hook stops the embedded server on SIGINT/SIGTERM or System.exit.
        LocalServiceMain.announceAndServe("local PostgreSQL " + (given ? "(" + LocalPostgres.URL_ENV + ")" : "(embedded)")
                + " migrated from db/migrations in " + (System.nanoTime() - start) / 1_000_000 + " ms", shown);
    }

    /** {@code postgres://user:***@host:port/db}: a URL safe to print. */
    static String withoutPassword(String connectionString) {
        try {
            URI uri = URI.create(connectionString);
            String userInfo = uri.getRawUserInfo();
            if (userInfo == null || userInfo.indexOf(':') < 0) {
                return connectionString;
            }
            String user = userInfo.substring(0, userInfo.indexOf(':'));
            return uri.getScheme() + "://" + user + ":***@" + uri.getRawAuthority().substring(userInfo.length() + 1)
                    + (uri.getRawPath() == null ? "" : uri.getRawPath());
        } catch (IllegalArgumentException e) {
            return "(a connection string that is not a URL)";
        }
    }
}
