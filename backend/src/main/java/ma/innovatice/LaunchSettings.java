package ma.innovatice;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads a setting before Quarkus' configuration exists, the way MicroProfile Config would find it
 * first: a system property, then its environment variable form (QUARKUS_DATASOURCE_JDBC_URL for
 * quarkus.datasource.jdbc.url).
 */
final class LaunchSettings {

    private LaunchSettings() {
    }

    static Optional<String> get(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT));
        }
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }
}
