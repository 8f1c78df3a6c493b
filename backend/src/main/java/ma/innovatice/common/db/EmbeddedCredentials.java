package ma.innovatice.common.db;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The passwords of a kept embedded MariaDB: a properties file readable by its owner only (0600),
 * written whole or not at all (a temporary file moved into place).
 */
final class EmbeddedCredentials {

    private static final SecureRandom RANDOM = new SecureRandom();

    private EmbeddedCredentials() {
    }

    /** 32 characters of [A-Za-z0-9_-]: 192 random bits, nothing that needs quoting in SQL or a shell. */
    static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The credentials in the file, or null when there is no file. */
    static Properties read(Path file) {
        if (!Files.exists(file)) {
            return null;
        }
        Properties credentials = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            credentials.load(in);
            return credentials;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedded database's credentials " + file, e);
        }
    }

    static void write(Path file, Properties credentials) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, ".mariadb-credentials", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                credentials.store(out, "The embedded MariaDB's accounts (on 127.0.0.1): root, and the application's."
                        + " Generated once; keep this file with the data folder, readable by its owner only.");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the embedded database's credentials " + file, e);
        }
    }
}
