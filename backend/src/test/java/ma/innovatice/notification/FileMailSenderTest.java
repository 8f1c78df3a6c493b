package ma.innovatice.notification;

import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import ma.innovatice.account.Language;
import ma.innovatice.notification.Letter.Rendered;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The mail sink of `make run`: standard .eml files that any mail client opens. */
class FileMailSenderTest {

    @Test
    void shouldWriteAnEmlFileWithBothPartsInTheRecipientsLanguage(@TempDir Path dataDir) throws Exception {
        Path folder = dataDir.resolve("mail");
        FileMailSender sender = new FileMailSender(folder, "InnovaTICE <no-reply@innovatice.ma>");
        Rendered mail = MailTemplates.passwordReset(Language.AR, "فاطمة",
                "http://localhost:8080/reset-password?token=abc_DEF-123", Instant.parse("2026-03-31T22:30:00Z"));

        sender.send(new MailSender.Outgoing(42, "teacher1@demo.innovatice.ma", mail.subject(), mail.text(), mail.html()));

        List<Path> files;
        try (var listing = Files.list(folder)) {
            files = listing.toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("00000042-teacher1@demo.innovatice.ma.eml");
        MimeMessage message;
        try (InputStream in = Files.newInputStream(files.get(0))) {
            message = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertThat(((InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress())
                .isEqualTo("teacher1@demo.innovatice.ma");
        assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("no-reply@innovatice.ma");
        assertThat(message.getSubject()).isEqualTo("إعادة تعيين كلمة المرور على InnovaTICE");
        assertThat(message.getMessageID()).isEqualTo("<outbox.42@innovatice.ma>");
        assertThat(message.getHeader(MimeMessages.OUTBOX_HEADER)[0]).isEqualTo("42");
        Multipart parts = (Multipart) message.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat((String) parts.getBodyPart(0).getContent()).startsWith("مرحبا \u2068فاطمة\u2069،")
                .contains("http://localhost:8080/reset-password?token=abc_DEF-123")
                // 31 March 2026, 22:30 UTC is 1 April, 23:30 in Morocco (UTC+1).
                .contains("2026").contains("23:30").contains("بتوقيت المغرب");
        assertThat(parts.getBodyPart(1).isMimeType("text/html")).isTrue();
        assertThat((String) parts.getBodyPart(1).getContent()).contains("<html lang=\"ar\" dir=\"rtl\">")
                .contains("href=\"http://localhost:8080/reset-password?token=abc_DEF-123\"");
    }

    @Test
    void shouldEscapeEverythingInTheHtmlPart() {
        Rendered mail = MailTemplates.submissionWithdrawn(Language.FR, "<b>Ali</b>", "Édition \"22\"",
                "<script>alert('x')</script>", Instant.parse("2026-03-31T22:59:00Z"), "http://localhost:8080/my/submissions/7");
        assertThat(mail.html()).doesNotContain("<script>").doesNotContain("<b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").contains("&quot;22&quot;");
        assertThat(mail.text()).contains("<script>alert('x')</script>");
    }
}
