package ma.innovatice;

import ma.innovatice.common.health.FatalErrors;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import ma.innovatice.common.db.EmbeddedMariaDb;
import ma.innovatice.common.security.SigningKeys;
import org.jboss.logging.Logger;

import java.nio.file.Path;

/**
 * Entry point of the packaged application. Before Quarkus starts it provides what a zero-setup run
 * needs and the operator did not configure: an embedded MariaDB in the data folder when no
 * database URL is set, and a JWT key pair generated into the data folder when no signing key is set.
 * With the demo data and no HTTP address configured, it listens on 127.0.0.1 only.
 */
@QuarkusMain
public final class Launcher {

    private static final Logger LOG = Logger.getLogger(Launcher.class);
    /** The embedded database's passwords, in the data folder (mode 0600). */
    static final String CREDENTIALS_FILE = "mariadb-credentials.properties";

    private Launcher() {
    }

    public static void main(String... args) {
        FatalErrors.install();
        Path dataDir = Path.of(LaunchSettings.get("innovatice.data-dir")
                .orElse(Path.of(System.getProperty("user.dir"), "data").toString())).toAbsolutePath();
        if (LaunchSettings.get("quarkus.datasource.jdbc.url").isEmpty()) {
            EmbeddedMariaDb db = EmbeddedMariaDb.startPersistent(dataDir.resolve("mariadb"),
                    dataDir.resolve(CREDENTIALS_FILE), "innovatice");
            LOG.infof("Embedded MariaDB %s started on port %d with its data in %s (on 127.0.0.1; user %s, passwords in %s)",
                    EmbeddedMariaDb.VERSION, db.port(), dataDir.resolve("mariadb"), db.username(),
                    dataDir.resolve(CREDENTIALS_FILE));
            db.configureDatasource(System::setProperty);
        }
        if (LaunchSettings.get("smallrye.jwt.sign.key.location").isEmpty()) {
            SigningKeys keys = SigningKeys.ensure(dataDir.resolve("keys"));
            LOG.warnf("No JWT signing key configured: using the key pair in %s (set SMALLRYE_JWT_SIGN_KEY_LOCATION "
                    + "and MP_JWT_VERIFY_PUBLICKEY_LOCATION in production)", dataDir.resolve("keys"));
            System.setProperty("smallrye.jwt.sign.key.location", keys.privateKey().toUri().toString());
            System.setProperty("mp.jwt.verify.publickey.location", keys.publicKey().toUri().toString());
        }
        LaunchSettings.httpHost(LaunchSettings::get).ifPresent(host -> {
            System.setProperty("quarkus.http.host", host);
            LOG.infof("Demo data enabled: listening on %s only (set QUARKUS_HTTP_HOST=0.0.0.0 to open it to other machines)",
                    host);
        });
        if (CdsTraining.requested()) {
            // `make build`: start, answer a round of requests, stop (the JVM then writes app-cds.jsa).
            Quarkus.run(CdsTraining.class, args);
            return;
        }
        Quarkus.run(args);
    }
}
