package ma.innovatice.notification;

import jakarta.mail.Session;
import jakarta.mail.Transport;
import ma.innovatice.common.config.InnovaticeConfig;

import java.util.Properties;

/**
 * Sends through the configured SMTP server, one connection per email (nothing pooled can go stale
 * while the server is away), each step bounded by the configured timeout.
 */
final class SmtpMailSender implements MailSender {

    private final Session session;
    private final InnovaticeConfig.Mail config;

    SmtpMailSender(InnovaticeConfig.Mail config) {
        this.config = config;
        InnovaticeConfig.Mail.Smtp smtp = config.smtp();
        String timeout = String.valueOf(smtp.timeout().toMillis());
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", smtp.host().orElseThrow());
        properties.setProperty("mail.smtp.port", String.valueOf(smtp.port()));
        properties.setProperty("mail.smtp.connectiontimeout", timeout);
        properties.setProperty("mail.smtp.timeout", timeout);
        properties.setProperty("mail.smtp.writetimeout", timeout);
        properties.setProperty("mail.smtp.auth", String.valueOf(smtp.username().isPresent()));
        switch (smtp.tls()) {
            case STARTTLS -> {
                properties.setProperty("mail.smtp.starttls.enable", "true");
                properties.setProperty("mail.smtp.starttls.required", "true");
                properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case TLS -> {
                properties.setProperty("mail.smtp.ssl.enable", "true");
                properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case NONE -> {
            }
        }
        this.session = Session.getInstance(properties);
    }

    @Override
    public void send(Outgoing mail) throws Exception {
        InnovaticeConfig.Mail.Smtp smtp = config.smtp();
        if (smtp.username().isPresent()) {
            Transport.send(MimeMessages.of(session, config.from(), mail), smtp.username().get(),
                    smtp.password().orElse(""));
        } else {
            Transport.send(MimeMessages.of(session, config.from(), mail));
        }
    }

    @Override
    public String describe() {
        return "SMTP " + config.smtp().host().orElseThrow() + ":" + config.smtp().port() + " (" + config.smtp().tls() + ")";
    }
}
