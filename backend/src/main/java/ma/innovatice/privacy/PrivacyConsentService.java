package ma.innovatice.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ma.innovatice.account.Account;
import ma.innovatice.account.AccountDtos.AccountView;
import ma.innovatice.account.AccountRepository;
import ma.innovatice.account.AccountService;
import ma.innovatice.common.audit.AuditService;
import ma.innovatice.common.error.Problem;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.Actor;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** Records that a person accepted the privacy notice (its version and the instant), audited. */
@ApplicationScoped
@Transactional
public class PrivacyConsentService {

    static final String AUDIT_ACTION = "PRIVACY_CONSENT";

    private final AccountRepository accounts;
    private final AccountService accountService;
    private final PrivacyNotice notice;
    private final AuditService audit;
    private final Clock clock;

    PrivacyConsentService(AccountRepository accounts, AccountService accountService, PrivacyNotice notice,
                          AuditService audit, Clock clock) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.notice = notice;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Only the current version can be accepted: another was read from an older (or unknown) notice,
     * which the person must read again. The version already accepted changes nothing.
     */
    public AccountView accept(Actor actor, int version) {
        if (version != notice.currentVersion()) {
            throw new ProblemException(new Problem("privacy-notice-outdated", "Privacy notice changed", 409,
                    "Version " + version + " is not the current privacy notice (version " + notice.currentVersion()
                            + "); read the current notice and accept it.")
                    .with("currentVersion", notice.currentVersion()));
        }
        Account account = accounts.findByIdOptional(actor.accountId())
                .orElseThrow(() -> ProblemException.notFound("Account " + actor.accountId()));
        if (account.privacyNoticeVersion == null || account.privacyNoticeVersion != version) {
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("privacyNoticeVersion", account.privacyNoticeVersion);
            account.privacyNoticeVersion = version;
            account.privacyAcceptedAt = clock.instant();
            account.updatedAt = account.privacyAcceptedAt;
            accounts.flush();
            audit.record(actor, AccountService.AUDIT_TYPE, account.id, AUDIT_ACTION, before,
                    Map.of("privacyNoticeVersion", version, "privacyAcceptedAt", account.privacyAcceptedAt.toString()));
        }
        return accountService.me(actor);
    }
}
