package ma.innovatice.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Properties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The mail sink of a machine without an SMTP server: each email becomes an .eml file (the exact
 * MIME message SMTP would carry) in the mail folder of the data directory, and a log line. No
 * outside server is ever contacted.
 */
final class FileMailSender implements MailSender {

    private static final Logger LOG = Logger.getLogger(FileMailSender.class);

    private final Path folder;
    private final String from;
    private final Session session = Session.getInstance(new Properties());

    FileMailSender(Path folder, String from) {
        this.folder = folder;
        this.from = from;
    }

    @Override
    public void send(Outgoing mail) throws IOException, MessagingException {
        Files.createDirectories(folder);
        Path file = folder.resolve(String.format("%08d-%s.eml", mail.id(), safe(mail.recipient())));
        Path tmp = Files.createTempFile(folder, "outbox-", ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            MimeMessages.of(session, from, mail).writeTo(out);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        LOG.infof("Mail #%d to %s, \"%s\": written to %s", mail.id(), mail.recipient(), mail.subject(), file);
    }

    @Override
    public String describe() {
        return "files in " + folder + " (no SMTP host configured)";
    }

    private static String safe(String address) {
        return address.replaceAll("[^A-Za-z0-9@._-]", "_");
    }
}
