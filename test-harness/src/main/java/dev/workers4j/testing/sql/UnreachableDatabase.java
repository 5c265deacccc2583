package dev.workers4j.testing.sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Connection strings of databases that are down, with a password the answers must never show. */
public final class UnreachableDatabase {
    /** Long enough that the health check's leak guard looks for it in messages. */
    public static final String PASSWORD = "w4j-test-password-not-a-secret";

    private UnreachableDatabase() {
    }

    /** A loopback port just freed: the connection is refused. */
    public static String closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "postgres://postgres:" + PASSWORD + "@127.0.0.1:" + socket.getLocalPort() + "/postgres";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
