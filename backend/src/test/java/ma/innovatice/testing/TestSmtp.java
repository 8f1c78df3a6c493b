package ma.innovatice.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real SMTP server (GreenMail) on the port the application sends to; started and stopped by tests. */
public final class TestSmtp {

    private final int port;
    private GreenMail server;

    public TestSmtp() {
        this.port = ConfigProvider.getConfig().getValue("innovatice.mail.smtp.port", Integer.class);
    }

    public TestSmtp start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return this;
    }

    public void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** An email as received: envelope, subject, both parts decoded, and its attachment if any. */
    public record Received(String to, String subject, String text, String html, String outboxId,
                           Attachment attachment) {
    }

    /** A file received with an email: its name, content type and content (as UTF-8 text). */
    public record Attachment(String filename, String contentType, String content) {
    }

    public List<Received> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).map(TestSmtp::read)
                .filter(m -> m.to().equalsIgnoreCase(address)).toList();
    }

    private static Received read(MimeMessage message) {
        try {
            String to = ((InternetAddress) message.getAllRecipients()[0]).getAddress();
            String[] found = new String[2];
            Attachment[] attachment = new Attachment[1];
            walk((Multipart) message.getContent(), found, attachment);
            String[] id = message.getHeader("X-InnovaTICE-Outbox-Id");
            return new Received(to, message.getSubject(), found[0], found[1], id == null ? null : id[0], attachment[0]);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable email", e);
        }
    }

    private static void walk(Multipart parts, String[] found, Attachment[] attachment)
            throws MessagingException, IOException {
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getFileName() != null) {
                try (var in = part.getInputStream()) {
                    attachment[0] = new Attachment(part.getFileName(), part.getContentType(),
                            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            } else if (part.isMimeType("multipart/*")) {
                walk((Multipart) part.getContent(), found, attachment);
            } else if (part.isMimeType("text/plain")) {
                found[0] = (String) part.getContent();
            } else if (part.isMimeType("text/html")) {
                found[1] = (String) part.getContent();
            }
        }
    }

    private static final Pattern TOKEN = Pattern.compile("/(?:reset-password|confirm-email)\\?token=([A-Za-z0-9_-]+)");

    /** The token of the password link an email carries. */
    public static String token(String text) {
        Matcher matcher = TOKEN.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("No password link in: " + text);
        }
        return matcher.group(1);
    }
}
