package ma.innovatice.common.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The RSA key pair that signs access tokens in a zero-setup run: generated once into a folder of
 * the data directory (private key readable by its owner only) and reused on every later start.
 */
public record SigningKeys(Path privateKey, Path publicKey) {

    public static SigningKeys ensure(Path folder) {
        SigningKeys keys = new SigningKeys(folder.resolve("jwt-private.pem"), folder.resolve("jwt-public.pem"));
        if (Files.isRegularFile(keys.privateKey()) && Files.isRegularFile(keys.publicKey())) {
            return keys;
        }
        try {
            Files.createDirectories(folder);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            writePem(keys.privateKey(), "PRIVATE KEY", pair.getPrivate().getEncoded(), true);
            writePem(keys.publicKey(), "PUBLIC KEY", pair.getPublic().getEncoded(), false);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the JWT key pair into " + folder, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available in this JVM", e);
        }
    }

    private static void writePem(Path file, String type, byte[] der, boolean secret) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        String pem = "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        if (secret) {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        }
        Files.writeString(tmp, pem, StandardCharsets.US_ASCII);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
