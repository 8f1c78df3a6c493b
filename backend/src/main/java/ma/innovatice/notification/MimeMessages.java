package ma.innovatice.notification;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * The MIME message of an outbox email: multipart/alternative with a plain-text and an HTML part in
 * UTF-8, inside a multipart/mixed with the outbox row's attachment when it has one (a calendar
 * invitation). Its Message-ID is derived from the outbox row, so a message sent twice (a crash between the
 * server's acceptance and its recording) carries the same id and mail clients show it once.
 */
final class MimeMessages {

    /** A header that ties a delivered email to its outbox row. */
    static final String OUTBOX_HEADER = "X-InnovaTICE-Outbox-Id";

    private MimeMessages() {
    }

    static MimeMessage of(Session session, String from, MailSender.Outgoing mail) throws MessagingException {
        InternetAddress sender = new InternetAddress(from, true);
        String domain = sender.getAddress().substring(sender.getAddress().indexOf('@') + 1);
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<outbox." + mail.id() + "@" + domain + ">");
            }
        };
        message.setFrom(sender);
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader(OUTBOX_HEADER, String.valueOf(mail.id()));
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        if (mail.attachment() == null) {
            message.setContent(alternative);
        } else {
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(mail.attachment().data(),
                    mail.attachment().contentType())));
            file.setFileName(mail.attachment().filename());
            file.setDisposition(Part.ATTACHMENT);
            message.setContent(new MimeMultipart("mixed", body, file));
        }
        message.saveChanges();
        return message;
    }
}
