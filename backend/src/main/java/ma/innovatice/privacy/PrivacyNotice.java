package ma.innovatice.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ma.innovatice.common.config.InnovaticeConfig;
import ma.innovatice.edition.Edition;

/**
 * The privacy notice's facts (law 09-08): its current version, who controls the processing, where to
 * write, the CNDP declaration and the retention periods. They come from the configuration, so they are
 * built once at start and the same for every caller; the notice's text is written in the clients.
 */
@ApplicationScoped
public class PrivacyNotice {

    private final PrivacyDtos.PrivacyNoticeView facts;

    @Inject
    PrivacyNotice(InnovaticeConfig config) {
        this(config.privacy(), config.mail().outboxRetention().toDays());
    }

    PrivacyNotice(InnovaticeConfig.Privacy privacy, long emailRetentionDays) {
        this.facts = new PrivacyDtos.PrivacyNoticeView(privacy.noticeVersion(), privacy.controller().trim(),
                privacy.contactEmail().trim(), privacy.cndpDeclaration().map(String::trim).filter(n -> !n.isEmpty())
                .orElse(null), new Edition().evidenceRetentionMonths, emailRetentionDays);
    }

    /** The version every account must have accepted. */
    public int currentVersion() {
        return facts.version();
    }

    /** Whether an account that accepted {@code accepted} (null: never) must be asked again. */
    public boolean consentRequired(Integer accepted) {
        return accepted == null || accepted < facts.version();
    }

    PrivacyDtos.PrivacyNoticeView facts() {
        return facts;
    }
}
