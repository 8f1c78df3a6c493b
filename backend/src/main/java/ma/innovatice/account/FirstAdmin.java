package ma.innovatice.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import ma.innovatice.common.config.InnovaticeConfig;
import org.jboss.logging.Logger;

/** At start, creates the administrator named by INNOVATICE_ADMIN_EMAIL / _PASSWORD when no administrator exists. */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

    void onStart(@Observes @Priority(10) StartupEvent event, InnovaticeConfig config, AccountService accounts) {
        if (config.admin().email().isEmpty() || config.admin().password().isEmpty()) {
            return;
        }
        accounts.createFirstAdmin(config.admin().email().get(), config.admin().password().get())
                .ifPresent(admin -> LOG.infof("Created the first administrator %s", admin.email));
    }
}
