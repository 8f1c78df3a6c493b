package ma.innovatice;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a setting before Quarkus' configuration exists, the way MicroProfile Config would find it
 * first: a system property, then its environment variable form (QUARKUS_DATASOURCE_JDBC_URL for
 * quarkus.datasource.jdbc.url).
 */
final class LaunchSettings {

    private LaunchSettings() {
    }

    /** Where the demo listens unless told otherwise: this machine only (its accounts' passwords are public). */
    static final String DEMO_HTTP_HOST = "127.0.0.1";

    /**
     * The HTTP address to set before Quarkus starts: 127.0.0.1 when the demo data is enabled and no
     * {@code quarkus.http.host} is configured; nothing otherwise (Quarkus then listens on every
     * interface, as the Docker image, which does not enable the demo, needs).
     */
    static Optional<String> httpHost(Function<String, Optional<String>> settings) {
        boolean demo = settings.apply("innovatice.demo.enabled").map(Boolean::parseBoolean).orElse(false);
        return demo && settings.apply("quarkus.http.host").isEmpty() ? Optional.of(DEMO_HTTP_HOST) : Optional.empty();
    }

    static Optional<String> get(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT));
        }
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }
}
