package ma.innovatice.submission;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * The bytes of evidence files, in chunks of 1 MiB: written from the uploaded temporary file
 * within the caller's transaction, read back one chunk at a time on download.
 */
@ApplicationScoped
public class AttachmentStore {

    static final int CHUNK = 1024 * 1024;

    private final AgroalDataSource dataSource;

    AttachmentStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** SHA-256 of a file, in hex. */
    static String sha256(Path file) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Writes the file's bytes; the connection joins the current transaction. */
    void write(long attachmentId, Path file) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO attachment_chunk (attachment_id, seq, bytes) VALUES (?, ?, ?)");
             InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[CHUNK];
            int seq = 0;
            for (int read = in.readNBytes(buffer, 0, CHUNK); read > 0; read = in.readNBytes(buffer, 0, CHUNK)) {
                insert.setLong(1, attachmentId);
                insert.setInt(2, seq++);
                insert.setBytes(3, read == CHUNK ? buffer : java.util.Arrays.copyOf(buffer, read));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the bytes of attachment " + attachmentId, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read an uploaded file", e);
        }
    }

    /** Streams the bytes to {@code out}, holding one chunk in memory at a time. */
    public void copyTo(long attachmentId, OutputStream out) throws IOException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT bytes FROM attachment_chunk WHERE attachment_id = ? ORDER BY seq")) {
            select.setFetchSize(1);
            select.setLong(1, attachmentId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    out.write(rows.getBytes(1));
                }
            }
        } catch (SQLException e) {
            throw new IOException("Cannot read the bytes of attachment " + attachmentId, e);
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
