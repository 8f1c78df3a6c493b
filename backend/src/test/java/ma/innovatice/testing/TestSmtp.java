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

    /** An email as received: envelope, subject and both parts decoded. */
    public record Received(String to, String subject, String text, String html, String outboxId) {
    }

    public List<Received> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).map(TestSmtp::read)
                .filter(m -> m.to().equalsIgnoreCase(address)).toList();
    }

    private static Received read(MimeMessage message) {
        try {
            String to = ((InternetAddress) message.getAllRecipients()[0]).getAddress();
            String text = null;
            String html = null;
            Multipart parts = (Multipart) message.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    text = (String) part.getContent();
                } else if (part.isMimeType("text/html")) {
                    html = (String) part.getContent();
                }
            }
            String[] id = message.getHeader("X-InnovaTICE-Outbox-Id");
            return new Received(to, message.getSubject(), text, html, id == null ? null : id[0]);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable email", e);
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
