package ma.innovatice.reliability;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ma.innovatice.common.db.EmbeddedMariaDb;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.Competition;
import ma.innovatice.testing.ReliabilityReport;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema and the data survive what operations do to them: migrating from an empty database
 * and from the previous release's schema with data in it, and a backup with mariadb-dump restored
 * into a fresh database, as the README describes.
 */
@QuarkusTest
class DataSafetyTest {

    /** The schema of the release before awards; its data must come through every later migration. */
    private static final String PREVIOUS_RELEASE = "3";

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    java.util.Optional<String> configuredPassword;

    @Inject
    Fixtures fixtures;

    private String password;

    @org.junit.jupiter.api.BeforeEach
    void readPassword() {
        password = configuredPassword.orElse("");
    }

    private record Server(String host, int port, String database) {
        String url(String db) {
            return "jdbc:mariadb://" + host + ":" + port + "/" + db;
        }
    }

    private Server server() {
        Matcher m = Pattern.compile("jdbc:mariadb://([^:/]+):(\\d+)/([^?]+).*").matcher(url);
        assertThat(m.matches()).as("a MariaDB URL: " + url).isTrue();
        return new Server(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    }

    private String freshDatabase(String purpose) throws SQLException {
        String name = "innovatice_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8);
        execute(server().url(""), "CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return name;
    }

    private void drop(String database) throws SQLException {
        execute(server().url(""), "DROP DATABASE IF EXISTS `" + database + "`");
    }

    private void execute(String jdbc, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbc, user, password); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private Flyway flyway(String database, String target) {
        var config = Flyway.configure().dataSource(server().url(database), user, password)
                .locations("classpath:db/migration");
        if (target != null) {
            config.target(target);
        }
        return config.load();
    }

    /** Row count and checksum of every table of a database. */
    private Map<String, String> fingerprint(String database) throws SQLException {
        Map<String, String> tables = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(server().url(database), user, password);
             Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                    + database + "' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
            for (String table : names) {
                try (ResultSet count = s.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
                    count.next();
                    long rows = count.getLong(1);
                    // A checksum of the values themselves: CHECKSUM TABLE also reads the physical row
                    // layout, which differs between a table altered in place and the same table created anew.
                    List<String> columns = new ArrayList<>();
                    try (ResultSet r = c.createStatement().executeQuery("SELECT column_name FROM information_schema.columns "
                            + "WHERE table_schema = '" + database + "' AND table_name = '" + table + "' ORDER BY ordinal_position")) {
                        while (r.next()) {
                            columns.add("IFNULL(HEX(`" + r.getString(1) + "`), 'NULL')");
                        }
                    }
                    try (ResultSet sum = s.executeQuery("SELECT COALESCE(SUM(CRC32(CONCAT_WS('|', " + String.join(", ", columns)
                            + "))), 0) FROM `" + table + "`")) {
                        sum.next();
                        tables.put(table, rows + " rows, checksum " + sum.getLong(1));
                    }
                }
            }
        }
        return tables;
    }

    @Test
    void shouldMigrateAnEmptyDatabaseToTheSchemaTheApplicationValidates() throws SQLException {
        String database = freshDatabase("empty");
        try {
            var result = flyway(database, null).migrate();
            assertThat(result.success).isTrue();
            MigrationInfo[] applied = flyway(database, null).info().applied();
            assertThat(applied).isNotEmpty();
            assertThat(fingerprint(database).keySet()).isEqualTo(fingerprint(server().database()).keySet());
            assertThat(flyway(database, null).validateWithResult().validationSuccessful).isTrue();
        } finally {
            drop(database);
        }
    }

    @Test
    void shouldKeepThePreviousReleasesDataThroughEveryLaterMigration() throws SQLException {
        String database = freshDatabase("upgrade");
        try {
            flyway(database, PREVIOUS_RELEASE).migrate();
            execute(server().url(database),
                    "INSERT INTO account (id, email, password_hash, role, first_name, last_name, preferred_language, "
                            + "created_at, updated_at) VALUES (1, 'ancienne@example.ma', '$2a$04$abcdefghijklmnopqrstuv', "
                            + "'TEACHER', 'Fatima', 'Zahra', 'ar', NOW(6), NOW(6)), (2, 'jure@example.ma', "
                            + "'$2a$04$abcdefghijklmnopqrstuv', 'JURY', 'Omar', 'Jury', 'fr', NOW(6), NOW(6))",
                    "INSERT INTO edition (id, number, year, title, submissions_open_at, submissions_close_at, "
                            + "evaluation_close_at, laureate_count, jurors_per_project, status, created_at, updated_at) "
                            + "VALUES (1, 11, 2015, 'Onzième édition', '2014-11-01', '2015-02-28', '2015-04-15', 12, 1, "
                            + "'EVALUATION', NOW(6), NOW(6))",
                    "INSERT INTO submission (id, edition_id, author_id, title, summary, region_code, school_level, status, "
                            + "submitted_at, created_at, updated_at) VALUES (1, 1, 1, 'Projet historique عربي', "
                            + "'Résumé', 'MA-05', 'PRIMAIRE', 'UNDER_REVIEW', NOW(6), NOW(6), NOW(6))",
                    "INSERT INTO assignment (id, edition_id, submission_id, juror_id, origin, created_at) "
                            + "VALUES (1, 1, 1, 2, 'MANUAL', NOW(6))",
                    "INSERT INTO evaluation (id, assignment_id, status, feedback, raw_score, submitted_at, created_at, "
                            + "updated_at) VALUES (1, 1, 'SUBMITTED', 'Très bien', 77.5, NOW(6), NOW(6), NOW(6))");
            Map<String, String> before = fingerprint(database);

            var result = flyway(database, null).migrate();
            assertThat(result.success).isTrue();
            assertThat(result.migrationsExecuted).isPositive();
            Map<String, String> after = fingerprint(database);
            for (Map.Entry<String, String> table : before.entrySet()) {
                if (!table.getKey().equals("flyway_schema_history")) {
                    assertThat(after.get(table.getKey())).as(table.getKey()).startsWith(table.getValue().split(",")[0]);
                }
            }
            try (Connection c = DriverManager.getConnection(server().url(database), user, password);
                 Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT s.title, e.raw_score, e.edition_id, e.submission_id, e.juror_id "
                         + "FROM submission s JOIN assignment a ON a.submission_id = s.id JOIN evaluation e ON e.assignment_id = a.id")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("Projet historique عربي");
                assertThat(r.getDouble(2)).isEqualTo(77.5);
                // V7 copied the assignment's edition, project and juror onto the evaluation.
                assertThat(List.of(r.getLong(3), r.getLong(4), r.getLong(5))).containsExactly(1L, 1L, 2L);
            }
        } finally {
            drop(database);
        }
    }

    @Test
    void shouldRestoreADumpIntoAFreshDatabaseWithEveryRow() throws Exception {
        Competition c = fixtures.competition(Map.of(), null, List.of(Fixtures.completeProject("Projet sauvegardé ✓ مشروع")));
        assertThat(c.projects()).hasSize(1);
        Server server = server();
        Path dump = Files.createTempFile("innovatice-backup-", ".sql");
        String restored = freshDatabase("restore");
        try {
            run(List.of(program("mariadb-dump").toString(), "--protocol=TCP", "-h" + server.host(), "-P" + server.port(),
                    "-u" + user, "--password=" + password, "--single-transaction", "--routines", "--triggers",
                    "--hex-blob", "--default-character-set=utf8mb4", "--result-file=" + dump, server.database()));
            assertThat(Files.size(dump)).isPositive();
            ProcessBuilder restore = new ProcessBuilder(program("mariadb").toString(), "--protocol=TCP", "-h" + server.host(),
                    "-P" + server.port(), "-u" + user, "--password=" + password, "--default-character-set=utf8mb4", restored)
                    .redirectInput(dump.toFile());
            run(restore);
            Map<String, String> original = fingerprint(server.database());
            assertThat(fingerprint(restored)).isEqualTo(original);
            ReliabilityReport.write("backup", "Backup and restore (mariadb-dump, then mariadb into a fresh database)",
                    List.of(original.size() + " tables compared by row count and checksum, all equal",
                            "migrations: from an empty database, and from the V" + PREVIOUS_RELEASE
                                    + " schema holding data, to the latest"));
        } finally {
            Files.deleteIfExists(dump);
            drop(restored);
        }
    }

    /** The embedded server's own client programs, or those on the PATH for an external server. */
    private static Path program(String name) {
        return EmbeddedMariaDb.clientProgram(name).orElseGet(() -> Path.of("/usr/bin", name));
    }

    private static void run(List<String> command) throws Exception {
        run(new ProcessBuilder(command));
    }

    private static void run(ProcessBuilder builder) throws Exception {
        Path log = Files.createTempFile("innovatice-backup-", ".log");
        try {
            Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(process.exitValue()).as(String.join(" ", builder.command()) + "\n" + Files.readString(log)).isZero();
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
