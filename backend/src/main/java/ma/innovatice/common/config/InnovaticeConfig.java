package ma.innovatice.common.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import jakarta.validation.constraints.Min;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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

    /**
     * How long the public pages (laureates and results of published editions, participation
     * statistics) are served from memory before being read again. An edition changing status clears
     * them at once in the process that made the change, within a second in every other process
     * (PublicPagesCache follows the database's change_version); other changes to what they show (an author renaming themselves, new submissions)
     * appear within this time. {@code 0s} turns the cache off.
     */
    @WithName("public-cache-ttl")
    @WithDefault("60s")
    Duration publicCacheTtl();

    /**
     * The most memory the kept public pages may take, counted as the size of their JSON; past it the
     * least used are dropped.
     */
    @WithName("public-cache-max-size")
    @WithDefault("16M")
    MemorySize publicCacheMaxSize();

    /**
     * Whether the hottest lists (the admin submissions list, a juror's assignment list) are kept in
     * Hibernate's query cache, which drops a result as soon as this process writes to a table it was
     * read from. For a single API process only: another process's writes are not seen. Off by default.
     */
    @WithName("query-cache")
    @WithDefault("false")
    boolean queryCache();

    Login login();

    Registration registration();

    Http http();
    Mail mail();

    Privacy privacy();

    Brand brand();

    /**
     * The operator's identity shown by the web client: a logo in the header and the organiser named in
     * the footer. Nothing is shown unless set (no institution's logo or name by default).
     */
    interface Brand {

        /**
         * The logo's address: {@code https://…}, a path on this site ({@code /…}) or a {@code data:image/…}
         * URL. A logo on another origin needs that origin in the {@code img-src} of the content security policy.
         */
        @WithName("logo-url")
        Optional<String> logoUrl();

        /** The logo's text alternative (what it shows, e.g. the organiser's name). */
        @WithName("logo-alt")
        Optional<String> logoAlt();

        /** The organiser named in the footer ("Organisé par …"). */
        Optional<String> organiser();
    }

    /**
     * The facts of the privacy notice (law 09-08) that the operator sets: its text lives in the
     * clients, in each language, and shows these values.
     */
    interface Privacy {

        /** The notice's current version; raising it asks every account to accept the new notice at its next visit. */
        @WithName("notice-version")
        @WithDefault("1")
        @Min(1)
        int noticeVersion();

        /** The controller of the processing (responsable du traitement). */
        @WithDefault("Ministère de l'Éducation nationale, du Préscolaire et des Sports")
        String controller();

        /** Where people write to exercise their rights of access, rectification, opposition and erasure. */
        @WithName("contact-email")
        @WithDefault("donnees-personnelles@innovatice.ma")
        String contactEmail();

        /** The CNDP's declaration number; absent while the declaration is pending (never a made-up number). */
        @WithName("cndp-declaration")
        Optional<String> cndpDeclaration();
    }

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

        /** Verified bearer tokens remembered until they expire (VerifiedTokens); 0 turns it off. */
        @WithName("verified-tokens")
        @WithDefault("4096")
        int verifiedTokens();
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

        /**
         * Wrong current passwords given to a password change, per account within the window, before
         * further changes are refused (429) until the window has passed.
         */
        @WithName("max-password-change-failures")
        @WithDefault("5")
        int maxPasswordChangeFailures();

        /**
         * Bound of the memory of each count (per account, per address, password changes): the failure
         * instants kept across all keys. Past it, the keys least used are forgotten first.
         */
        @WithName("max-tracked")
        @WithDefault("50000")
        long maxTracked();
    }

    /** Brakes on self-registration: per client address and for the whole platform. */
    interface Registration {
        /** Registrations from one client address within the window before the next ones are refused (429). */
        @WithName("max-per-address")
        @WithDefault("10")
        int maxPerAddress();

        /** How long a registration counts against its address. */
        @WithName("address-window")
        @WithDefault("1H")
        Duration addressWindow();

        /** Registrations of the whole platform within an hour before the next ones are refused (429). */
        @WithName("max-per-hour")
        @WithDefault("300")
        int maxPerHour();

        /** Bound of the memory of the per-address count (instants kept across all addresses). */
        @WithName("max-tracked")
        @WithDefault("20000")
        long maxTracked();
    }

    /** Response headers of every answer. */
    interface Http {
        /**
         * The Content-Security-Policy of the API and the web client; frames may show blob: URLs, the
         * evidence a juror previews beside the scoring form (fetched with the token, never a plugin).
         */
        @WithName("content-security-policy")
        @WithDefault("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
                + "font-src 'self' data:; connect-src 'self'; frame-src 'self' blob:; object-src 'none'; base-uri 'self'; "
                + "form-action 'self'; frame-ancestors 'none'")
        String contentSecurityPolicy();

        /** Largest body of a request other than an evidence upload (JSON): larger ones get 413. */
        @WithName("max-json-body")
        @WithDefault("512K")
        MemorySize maxJsonBody();

        /** How long a request other than an upload may take to send its whole body (then 408 and closed). */
        @WithName("body-timeout")
        @WithDefault("10s")
        Duration bodyTimeout();

        /** How long an evidence upload may take to send its whole body (then 408 and closed). */
        @WithName("upload-timeout")
        @WithDefault("15M")
        Duration uploadTimeout();

        /** Requests still sending a body that one client address may have open at once (more: 429). */
        @WithName("max-bodies-per-address")
        @WithDefault("32")
        int maxBodiesPerAddress();
    }

    /** Emails: how they leave (SMTP, or files under the data folder), retries, reminders and password links. */
    interface Mail {
        /** The sender of every email, e.g. {@code InnovaTICE <no-reply@innovatice.ma>}. */
        @WithDefault("InnovaTICE <no-reply@innovatice.ma>")
        String from();

        Smtp smtp();

        Worker worker();

        Reminders reminders();

        /**
         * How long a sent or failed email keeps its address, subject and bodies; then they are erased
         * and the row (kind, account, dates, dedup key) stays.
         */
        @WithName("outbox-retention")
        @WithDefault("P30D")
        Duration outboxRetention();

        /** How often expired emails are erased; {@code off} stops it. */
        @WithName("outbox-retention-every")
        @WithDefault("1h")
        String outboxRetentionEvery();

        /** Life of a password-reset link. */
        @WithName("reset-token-ttl")
        @WithDefault("PT30M")
        Duration resetTokenTtl();

        /** Life of the set-password link of an account created by an administrator. */
        @WithName("invitation-token-ttl")
        @WithDefault("P7D")
        Duration invitationTokenTtl();

        /** Life of the link with which a teacher who registered confirms their address. */
        @WithName("confirmation-token-ttl")
        @WithDefault("P2D")
        Duration confirmationTokenTtl();

        /**
         * How often the password-reset requests are turned into emails (a request only records the
         * address it names); {@code off} stops it.
         */
        @WithName("reset-requests-every")
        @WithDefault("2s")
        String resetRequestsEvery();

        /** The SMTP server; without a host, emails are written as .eml files under {@code <data-dir>/mail}. */
        interface Smtp {
            Optional<String> host();

            @WithDefault("587")
            int port();

            /** NONE (plain), STARTTLS (upgrade required) or TLS (implicit TLS, usually port 465). */
            @WithDefault("STARTTLS")
            TlsMode tls();

            Optional<String> username();

            Optional<String> password();

            /** Longest wait for the server to answer a connection. */
            @WithName("timeout")
            @WithDefault("PT20S")
            Duration timeout();
        }

        enum TlsMode { NONE, STARTTLS, TLS }

        interface Worker {
            /** How often the outbox is drained; {@code off} stops the worker. */
            @WithDefault("5s")
            String every();

            /** Messages claimed per round. */
            @WithName("batch-size")
            @WithDefault("20")
            int batchSize();

            /** Attempts before a message is marked FAILED. */
            @WithName("max-attempts")
            @WithDefault("8")
            int maxAttempts();

            /** Wait after the first failure; doubled after each further failure. */
            @WithName("initial-backoff")
            @WithDefault("PT30S")
            Duration initialBackoff();

            /** Longest wait between two attempts. */
            @WithName("max-backoff")
            @WithDefault("PT1H")
            Duration maxBackoff();

            /** How long a claimed message stays reserved for the worker that sends it. */
            @WithDefault("PT2M")
            Duration lease();
        }

        interface Reminders {
            /** How often due reminders are computed; {@code off} stops them. */
            @WithDefault("15m")
            String every();

            /** Before the close of the call, to teachers who still hold a draft. */
            @WithName("call-close")
            @WithDefault("P7D,P1D")
            List<Duration> callClose();

            /** Before the end of the evaluation, to jurors with evaluations not yet submitted. */
            @WithName("evaluation-close")
            @WithDefault("P7D,P1D")
            List<Duration> evaluationClose();
        }
    }

    /** A person's export of her data ({@code GET /api/me/data-export}). */
    @WithName("data-export")
    DataExport dataExport();

    interface DataExport {
        /** One export per account per interval (an export reads every row and file of the person). */
        @WithDefault("PT1M")
        Duration interval();
    }

    /** The evidence retention job (law 09-08): files of projects without an award, after publication. */
    Retention retention();

    interface Retention {
        /** How often the job runs; {@code off} stops it. */
        @WithDefault("6h")
        String every();

        /** Files erased per transaction (1 to 10,000). */
        @WithName("batch-size")
        @WithDefault("100")
        int batchSize();
    }

    /** The first administrator, created at start when no administrator exists. */
    interface Admin {
        Optional<String> email();

        Optional<String> password();
    }
}
