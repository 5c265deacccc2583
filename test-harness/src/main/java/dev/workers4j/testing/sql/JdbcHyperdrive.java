package dev.workers4j.testing.sql;

import dev.workers4j.sql.Hyperdrive;
import dev.workers4j.sql.Sql;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A Hyperdrive binding on the JVM: a PostgreSQL server named by a connection string
 * ({@code postgres://user:password@host:port/database}), with JDBC sessions over it.
 */
public final class JdbcHyperdrive implements Hyperdrive {
    private final String connectionString;
    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final String database;

    public JdbcHyperdrive(String connectionString) {
        URI uri = URI.create(connectionString);
        if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
            throw new IllegalArgumentException("not a postgres:// connection string");
        }
        String userInfo = uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo();
        int colon = userInfo.indexOf(':');
        this.connectionString = connectionString;
        this.host = uri.getHost();
        this.port = uri.getPort() < 0 ? 5432 : uri.getPort();
        this.user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
        this.password = colon < 0 ? "" : decode(userInfo.substring(colon + 1));
        String path = uri.getPath() == null ? "" : uri.getPath();
        this.database = path.length() > 1 ? path.substring(1) : this.user;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    @Override
    public String connectionString() {
        return connectionString;
    }

    @Override
    public String host() {
        return host;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public String password() {
        return password;
    }

    @Override
    public String database() {
        return database;
    }

    /** The JDBC URL of the same server. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** A plain JDBC connection (for test set-up and migrations), with the session's settings. */
    public Connection jdbcConnection() {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (!password.isEmpty()) {
            properties.setProperty("password", password);
        }
        // Parameters untyped and results as text: what postgres.js does in workerd.
        properties.setProperty("stringtype", "unspecified");
        properties.setProperty("binaryTransfer", "false");
        properties.setProperty("ApplicationName", "workers4j-jdbc");
        try {
            return DriverManager.getConnection(jdbcUrl(), properties);
        } catch (SQLException e) {
            throw JdbcSession.translate(e);
        }
    }

    @Override
    public Sql connect() {
        return new JdbcSession(jdbcConnection());
    }

    @Override
    public String toString() {
        return "JdbcHyperdrive(" + host + ":" + port + "/" + database + ")";
    }
}
