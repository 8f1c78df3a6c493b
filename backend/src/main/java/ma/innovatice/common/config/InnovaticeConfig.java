package ma.innovatice.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.nio.file.Path;
import java.util.Optional;

/** The application's own settings (prefix {@code innovatice}); each has an env-var form, see the README. */
@ConfigMapping(prefix = "innovatice")
public interface InnovaticeConfig {

    /** Where the embedded database, generated keys and other local state live. */
    @WithName("data-dir")
    Path dataDir();

    Jwt jwt();

    Security security();

    Demo demo();

    Admin admin();

    interface Jwt {
        String issuer();

        String audience();

        @WithName("ttl-seconds")
        long ttlSeconds();
    }

    interface Security {
        @WithName("bcrypt-cost")
        @WithDefault("11")
        int bcryptCost();
    }

    interface Demo {
        @WithDefault("false")
        boolean enabled();
    }

    /** The first administrator, created at start when no administrator exists. */
    interface Admin {
        Optional<String> email();

        Optional<String> password();
    }
}
