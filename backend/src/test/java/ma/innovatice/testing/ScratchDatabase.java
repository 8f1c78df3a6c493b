package ma.innovatice.testing;

import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;

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

/**
 * A database of its own on the test server, for the migration tests: migrated to an old version,
 * filled with the rows of that time, then migrated to the newest version and read back. Closing it
 * drops it. The server and the credentials are the suite's (read from the running Quarkus test).
 */
public final class ScratchDatabase implements AutoCloseable {

    private final String server;
    private final String name;
    private final String user;
    private final String password;

    private ScratchDatabase(String server, String name, String user, String password) {
        this.server = server;
        this.name = name;
        this.user = user;
        this.password = password;
    }

    /** Creates an empty database named after {@code prefix} and a random suffix. */
    public static ScratchDatabase create(String prefix) throws SQLException {
        var config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getValue("quarkus.datasource.username", String.class);
        String password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse("");
        String server = url.replaceFirst("^(jdbc:mariadb://[^/]+/).*$", "$1");
        String name = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
        ScratchDatabase database = new ScratchDatabase(server, name, user, password);
        database.run(server, "CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return database;
    }

    public String name() {
        return name;
    }

    /** Applies the migrations up to {@code version} included. */
    public void migrateTo(String version) {
        Flyway.configure().dataSource(server + name, user, password).locations("classpath:db/migration")
                .target(version).load().migrate();
    }

    /** Applies every migration still pending; throws when one fails. */
    public boolean migrate() {
        return flyway().migrate().success;
    }

    /** The version the database stands at. */
    public String version() {
        return flyway().info().current().getVersion().getVersion();
    }

    private Flyway flyway() {
        return Flyway.configure().dataSource(server + name, user, password).locations("classpath:db/migration").load();
    }

    public void execute(String... statements) throws SQLException {
        run(server + name, statements);
    }

    public long count(String sql) throws SQLException {
        try (Connection c = connect(server + name); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The first column of every row of the answer, as text. */
    public List<String> rows(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = connect(server + name); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }

    /** The columns of every table, as they are now (Flyway's own table left out). */
    public Map<String, List<String>> columns() throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Connection c = connect(server + name); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT c.table_name, c.column_name FROM information_schema.columns c "
                     + "JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
                     + "WHERE c.table_schema = '" + name + "' AND t.table_type = 'BASE TABLE' "
                     + "AND c.table_name <> 'flyway_schema_history' ORDER BY c.table_name, c.ordinal_position")) {
            while (r.next()) {
                tables.computeIfAbsent(r.getString(1), t -> new ArrayList<>()).add(r.getString(2));
            }
        }
        return tables;
    }

    /**
     * Row count and a checksum of the values of the given columns, per table: equal before and after a
     * migration when it changed no value that existed.
     */
    public Map<String, String> fingerprint(Map<String, List<String>> tables) throws SQLException {
        Map<String, String> prints = new LinkedHashMap<>();
        try (Connection c = connect(server + name); Statement s = c.createStatement()) {
            for (Map.Entry<String, List<String>> table : tables.entrySet()) {
                List<String> values = table.getValue().stream().map(col -> "IFNULL(HEX(`" + col + "`), 'NULL')").toList();
                try (ResultSet r = s.executeQuery("SELECT COUNT(*), COALESCE(SUM(CRC32(CONCAT_WS('|', "
                        + String.join(", ", values) + "))), 0) FROM `" + table.getKey() + "`")) {
                    r.next();
                    prints.put(table.getKey(), r.getLong(1) + " rows, checksum " + r.getLong(2));
                }
            }
        }
        return prints;
    }

    @Override
    public void close() throws SQLException {
        run(server, "DROP DATABASE IF EXISTS `" + name + "`");
    }

    private void run(String jdbc, String... statements) throws SQLException {
        try (Connection c = connect(jdbc); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private Connection connect(String jdbc) throws SQLException {
        return DriverManager.getConnection(jdbc, user, password);
    }
}
