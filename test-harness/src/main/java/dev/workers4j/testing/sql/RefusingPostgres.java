package dev.workers4j.testing.sql;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A "database that is down" for tests of what a Worker does then: a loopback TCP server that
 * speaks just enough of the PostgreSQL protocol to refuse every connection the way a server that
 * cannot take them does (FATAL, SQLSTATE {@value #SQLSTATE}, "the database system is starting
 * up"). Both drivers (pgjdbc, postgres.js) then see the same server error.
 *
 * <p>Why not simply a closed port: miniflare 4.20260426's local Hyperdrive proxy does not handle
 * a refused connection to the database; the unhandled socket error kills the whole node process
 * (workerd runner or `wrangler dev`). A server that answers and refuses keeps it alive.
 */
public final class RefusingPostgres implements AutoCloseable {
    /** cannot_connect_now. */
    public static final String SQLSTATE = "57P03";
    public static final String MESSAGE = "the database system is starting up";

    private static final int SSL_REQUEST = 80877103;
    private static final int GSS_REQUEST = 80877104;

    private final ServerSocket server;
    private final Thread acceptor;

    private RefusingPostgres(ServerSocket server) {
        this.server = server;
        this.acceptor = new Thread(this::acceptLoop, "refusing-postgres-" + server.getLocalPort());
        this.acceptor.setDaemon(true);
        this.acceptor.start();
    }

    /** Starts listening on a free loopback port. */
    public static RefusingPostgres start() {
        try {
            return new RefusingPostgres(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    /** {@code postgres://postgres:<password>@127.0.0.1:<port>/postgres}. */
    public String connectionString(String password) {
        return "postgres://postgres:" + password + "@127.0.0.1:" + port() + "/postgres";
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread handler = new Thread(() -> refuse(socket), "refusing-postgres-connection");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    /** SSL and GSS requests get "N" (not supported); the startup message gets the FATAL error. */
    private static void refuse(Socket socket) {
        try (socket) {
            DataInputStream in = new DataInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (true) {
                int length = in.readInt();
                int code = in.readInt();
                in.skipNBytes(length - 8L);
                if (code == SSL_REQUEST || code == GSS_REQUEST) {
                    out.write('N');
                    out.flush();
                    continue;
                }
                out.write(errorResponse());
                out.flush();
                // Let the client close first (a second at most), without even a half-close: after
                // our FIN, miniflare's proxy ends its side and then crashes the runner (EPIPE)
                // writing the client's Terminate to it; closing with its bytes unread would send
                // a reset, which the proxy does not survive either.
                socket.setSoTimeout(1000);
                while (in.read() >= 0) {
                    // drain
                }
                return;
            }
        } catch (IOException e) {
            // the client went away; nothing to refuse any more
        }
    }

    private static byte[] errorResponse() {
        byte[] fields = ("SFATAL\0VFATAL\0C" + SQLSTATE + "\0M" + MESSAGE + "\0\0").getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(1 + 4 + fields.length).put((byte) 'E').putInt(4 + fields.length).put(fields).array();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
