package ma.innovatice.common.config;

import io.quarkus.runtime.configuration.MemorySize;
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

    /** The address the public reaches the site at; certificates link to {@code <public-url>/verify/<code>}. */
    @WithName("public-url")
    @WithDefault("http://localhost:8080")
    String publicUrl();

    Jwt jwt();

    Security security();

    Demo demo();

    Admin admin();

    Uploads uploads();

    Ranking ranking();

    Login login();

    Http http();

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

    /** Fairness reports of the jury. */
    interface Ranking {
        /** Spread (highest minus lowest raw score, 0-100) above which jurors disagree on a project. */
        @WithName("disagreement-threshold")
        @WithDefault("20")
        double disagreementThreshold();

        /** Mean deviation from the other jurors (0-100 points) beyond which a juror is harsh or lenient. */
        @WithName("severity-threshold")
        @WithDefault("5")
        double severityThreshold();
    }

    /** Evidence files of submissions. */
    interface Uploads {
        /** Files a submission may hold. */
        @WithName("max-files")
        @WithDefault("10")
        int maxFiles();

        /** Largest size of one file. */
        @WithName("max-file-size")
        @WithDefault("20M")
        MemorySize maxFileSize();

        /** Largest declared size of one request's body (a request may carry several files). */
        @WithName("max-request-size")
        @WithDefault("210M")
        MemorySize maxRequestSize();
    }

    /** Brakes on password guessing: failed logins counted per account and per client address. */
    interface Login {
        /** Failed attempts on one account within the window before its logins are refused (429). */
        @WithName("max-failures-per-account")
        @WithDefault("5")
        int maxFailuresPerAccount();

        /** Failed attempts from one client address within the window before its logins are refused. */
        @WithName("max-failures-per-address")
        @WithDefault("20")
        int maxFailuresPerAddress();

        /** How long a failure counts. */
        @WithDefault("15M")
        java.time.Duration window();
    }

    /** Response headers of every answer. */
    interface Http {
        /** The Content-Security-Policy of the API and the web client. */
        @WithName("content-security-policy")
        @WithDefault("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
                + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
                + "frame-ancestors 'none'")
        String contentSecurityPolicy();
    }

    /** The first administrator, created at start when no administrator exists. */
    interface Admin {
        Optional<String> email();

        Optional<String> password();
    }
}
