package ma.innovatice.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import ma.innovatice.common.config.InnovaticeConfig;

/** SMTP when a host is configured, otherwise the local folder {@code <data-dir>/mail}. */
@ApplicationScoped
class MailSenders {

    @Produces
    @ApplicationScoped
    MailSender sender(InnovaticeConfig config) {
        return config.mail().smtp().host().filter(host -> !host.isBlank()).isPresent()
                ? new SmtpMailSender(config.mail())
                : new FileMailSender(config.dataDir().resolve("mail"), config.mail().from());
    }
}
