package ma.innovatice.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import ma.innovatice.common.db.EmbeddedMariaDb;

import java.util.HashMap;
import java.util.Map;

/**
 * The database of the test suite: an embedded MariaDB in a temporary folder, unless
 * QUARKUS_DATASOURCE_JDBC_URL names an external server (as `.ci/run` does for the machine's MariaDB).
 */
public class MariaDbTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedMariaDb db;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (external != null && !external.isBlank()) {
            return Map.of();
        }
        db = EmbeddedMariaDb.startTemporary("innovatice_test");
        Map<String, String> config = new HashMap<>();
        db.configureDatasource(config::put);
        return config;
    }

    @Override
    public void stop() {
        if (db != null) {
            db.close();
        }
    }
}
