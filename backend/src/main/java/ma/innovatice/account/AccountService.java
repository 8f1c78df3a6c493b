package ma.innovatice.account;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import ma.innovatice.account.AccountDtos.AccessToken;
import ma.innovatice.account.AccountDtos.AccountCreation;
import ma.innovatice.account.AccountDtos.AccountUpdate;
import ma.innovatice.account.AccountDtos.AccountView;
import ma.innovatice.account.AccountDtos.LoginInput;
import ma.innovatice.account.AccountDtos.MeUpdate;
import ma.innovatice.account.AccountDtos.PasswordChange;
import ma.innovatice.account.AccountDtos.PasswordResetConfirmation;
import ma.innovatice.account.AccountDtos.RegistrationAccepted;
import ma.innovatice.account.AccountDtos.RegistrationInput;
import ma.innovatice.common.api.Page;
import ma.innovatice.common.audit.AuditService;
import ma.innovatice.common.config.InnovaticeConfig;
import ma.innovatice.common.error.FieldError;
import ma.innovatice.common.error.Problem;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.Actor;
import ma.innovatice.common.security.SignedInAccount;
import ma.innovatice.privacy.PrivacyNotice;
import ma.innovatice.reference.ReferenceData;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Registration, login and the management of accounts. */
@ApplicationScoped
@Transactional
public class AccountService {

    public static final String AUDIT_TYPE = "ACCOUNT";

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final TokenIssuer tokens;
    private final AuditService audit;
    private final Clock clock;
    private final ReferenceData reference;
    private final PasswordTokens passwordTokens;
    private final InnovaticeConfig.Mail mail;
    private final Event<AccountCreated> created;
    private final Event<PasswordResetRequested> resetRequested;
    private final Event<EmailConfirmationRequested> confirmationRequested;
    private final Event<RegistrationAttempted> registrationAttempted;
    private final EntityManager entityManager;
    private final LoginThrottle throttle;
    private final PrivacyNotice privacyNotice;

    /** Password-reset requests allowed per account within {@link #RESET_WINDOW}; further requests are ignored. */
    static final int RESETS_PER_WINDOW = 3;
    static final Duration RESET_WINDOW = Duration.ofMinutes(15);

    static final String SAME_PASSWORD = "must differ from the current password";

    AccountService(AccountRepository accounts, PasswordHasher hasher, TokenIssuer tokens, AuditService audit,
                   Clock clock, ReferenceData reference, PasswordTokens passwordTokens, InnovaticeConfig config,
                   Event<AccountCreated> created, Event<PasswordResetRequested> resetRequested,
                   Event<EmailConfirmationRequested> confirmationRequested,
                   Event<RegistrationAttempted> registrationAttempted, EntityManager entityManager,
                   LoginThrottle throttle, PrivacyNotice privacyNotice) {
        this.privacyNotice = privacyNotice;
        this.confirmationRequested = confirmationRequested;
        this.registrationAttempted = registrationAttempted;
        this.entityManager = entityManager;
        this.throttle = throttle;
        this.reference = reference;
        this.passwordTokens = passwordTokens;
        this.mail = config.mail();
        this.created = created;
        this.resetRequested = resetRequested;
        this.accounts = accounts;
        this.hasher = hasher;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    /** The data of a new account, whoever creates it; without a password, nobody can sign in until one is set. */
    public record NewAccount(String email, String password, String firstName, String lastName, Role role,
                             Language language, boolean demo, String regionCode, String schoolName,
                             String schoolLevel, String discipline) {

        public NewAccount(String email, String password, String firstName, String lastName, Role role, Language language,
                          boolean demo) {
            this(email, password, firstName, lastName, role, language, demo, null, null);
        }

        public NewAccount(String email, String password, String firstName, String lastName, Role role, Language language,
                          boolean demo, String regionCode, String schoolName) {
            this(email, password, firstName, lastName, role, language, demo, regionCode, schoolName, null, null);
        }
    }

    /**
     * A teacher's registration. The answer is the same whether or not the address has an account:
     * what differs goes to the address's mailbox, which only its owner reads. A new address gets an
     * unconfirmed account and a confirmation link; the address of an account still unconfirmed gets
     * another link; the owner of a confirmed account is told someone tried to register with it. Each
     * link carries the hash of the password of its own registration, which the account takes when
     * the link is used (so nobody else's registration decides the password of the owner's link).
     * A new account keeps the region, school, level and discipline given; they are its profile, which
     * the teacher changes later on the profile page.
     */
    public RegistrationAccepted register(RegistrationInput input) {
        String email = input.email().trim();
        requireCurrentNotice(input.privacyNoticeVersion());
        PasswordPolicy.check("password", input.password(), email, input.firstName(), input.lastName())
                .ifPresent(error -> {
                    throw ProblemException.invalid(List.of(error));
                });
        String passwordHash = hasher.hash(input.password());
        Optional<Account> existing = accounts.findByEmail(email);
        if (existing.isEmpty()) {
            NewAccount account = new NewAccount(email, null, input.firstName(), input.lastName(), Role.TEACHER,
                    input.preferredLanguage(), false, input.regionCode(), input.schoolName().trim(), input.schoolLevel(),
                    input.discipline() == null ? null : blankToNull(input.discipline()));
            Account inserted = insert(account, passwordHash, false, Actor.SYSTEM);
            acceptNotice(inserted, input.privacyNoticeVersion());
            // The confirmation email is its welcome: no other email until the address is confirmed.
            requestConfirmation(inserted, passwordHash);
        } else if (!existing.get().emailConfirmed && existing.get().enabled) {
            // This registration's link decides the password; its acceptance of the notice is recorded too.
            acceptNotice(existing.get(), input.privacyNoticeVersion());
            requestConfirmation(existing.get(), passwordHash);
        } else {
            registrationAttempted.fire(new RegistrationAttempted(existing.get()));
        }
        return new RegistrationAccepted(email);
    }

    /**
     * A registration accepts the privacy notice it showed: that must be the current one (absent, older
     * or unknown: 422, before anything is written).
     */
    private void requireCurrentNotice(Integer version) {
        if (version == null || version != privacyNotice.currentVersion()) {
            throw new ProblemException(new Problem("privacy-notice-version", "Privacy notice not accepted", 422,
                    "Registering accepts the current privacy notice (version " + privacyNotice.currentVersion()
                            + "): read it and accept it.")
                    .with("currentVersion", privacyNotice.currentVersion())
                    .withErrors(List.of(new FieldError("privacyNoticeVersion", version == null
                            ? "is required: accept the privacy notice"
                            : "must be the current privacy notice version (" + privacyNotice.currentVersion() + ")"))));
        }
    }

    private void acceptNotice(Account account, int version) {
        account.privacyNoticeVersion = version;
        account.privacyAcceptedAt = clock.instant();
        account.updatedAt = account.privacyAcceptedAt;
        audit.record(Actor.SYSTEM, AUDIT_TYPE, account.id, "PRIVACY_CONSENT", null,
                Map.of("privacyNoticeVersion", version, "privacyAcceptedAt", account.privacyAcceptedAt.toString()));
    }

    private void requestConfirmation(Account account, String passwordHash) {
        PasswordTokens.Issued link = passwordTokens.issue(account, PasswordToken.Purpose.CONFIRMATION,
                mail.confirmationTokenTtl(), passwordHash);
        confirmationRequested.fire(new EmailConfirmationRequested(account, link));
    }

    /**
     * Confirms the address of a registered teacher with the emailed link: the account takes the
     * password of that registration, every other link of the account is spent, and the teacher is
     * signed in.
     */
    public AccessToken confirmEmail(String token) {
        PasswordToken link = passwordTokens.usable(token.trim(), Set.of(PasswordToken.Purpose.CONFIRMATION))
                .orElseThrow(() -> new ProblemException(new Problem("invalid-token", "Invalid or expired link", 400,
                        "This confirmation link is unknown, expired or already used; register again to get a new one.")));
        Account account = link.account;
        account.passwordHash = link.passwordHash;
        account.emailConfirmed = true;
        account.updatedAt = clock.instant();
        account.tokenGeneration++;
        passwordTokens.spendAll(account);
        audit.record(new Actor(account.id, account.email, account.role.name()), AUDIT_TYPE, account.id,
                "EMAIL_CONFIRMED", null, Map.of("emailConfirmed", true));
        return session(account);
    }

    /**
     * The key under which the login throttle counts an email's failures: the account's id when the
     * email matches an account the way the database matches emails (ignoring case and accents), else
     * the folded email, so every spelling of one address shares one count.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String throttleKey(String email) {
        String trimmed = email == null ? "" : email.trim();
        return accounts.findByEmail(trimmed).map(account -> "account:" + account.id)
                .orElseGet(() -> "email:" + EmailAddresses.fold(trimmed));
    }

    /**
     * An account made by an administrator (a juror, a regional coordinator, who needs the region of
     * its academy, or an administrator) or by a coordinator: a juror of the coordinator's own region
     * only (another role or region is refused with 403).
     */
    public AccountView createByAdmin(AccountCreation input, Actor admin) {
        Role role = Role.valueOf(input.role());
        String regionCode = input.regionCode();
        if (admin.isCoordinator()) {
            String own = coordinatorRegion(admin);
            if (role != Role.JURY || (regionCode != null && !regionCode.equals(own))) {
                throw ProblemException.forbidden("A regional coordinator creates jurors of its own region ("
                        + own + ") only.");
            }
            regionCode = own;
        } else if (role == Role.COORDINATOR && regionCode == null) {
            throw new ProblemException(new Problem("region-required", "Region required", 422,
                    "A regional coordinator belongs to the academy of one region.")
                    .withErrors(List.of(new FieldError("regionCode", "is required for a coordinator"))));
        }
        NewAccount account = new NewAccount(input.email(), input.password(), input.firstName(), input.lastName(),
                role, input.preferredLanguage(), false, regionCode,
                input.schoolName() == null ? null : blankToNull(input.schoolName()));
        Account saved = create(account, admin);
        PasswordTokens.Issued link = passwordTokens.issue(saved, PasswordToken.Purpose.INVITATION,
                mail.invitationTokenTtl());
        created.fire(new AccountCreated(saved, Optional.of(link)));
        return view(saved);
    }

    /**
     * Records a password reset asked for this address, whatever the address: one row, and nothing
     * else, so the work and the time of the answer are the same whether an account has the address
     * or not. {@link PasswordResetRequests} then mails the link, if there is an account.
     */
    public void requestPasswordReset(String email) {
        PasswordResetRequest request = new PasswordResetRequest();
        request.email = email.trim();
        request.requestedAt = clock.instant();
        entityManager.persist(request);
    }

    /**
     * Turns up to {@code batch} recorded requests into emails: to the enabled account with the address,
     * if there is one, a few per quarter of an hour at most so the box is not flooded. Returns the
     * requests handled (each is deleted).
     */
    public int processResetRequests(int batch) {
        List<PasswordResetRequest> requests = entityManager.createQuery(
                        "select r from PasswordResetRequest r order by r.id", PasswordResetRequest.class)
                .setMaxResults(batch).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (PasswordResetRequest request : requests) {
            accounts.findByEmail(request.email).filter(a -> a.enabled).ifPresent(account -> {
                Instant since = clock.instant().minus(RESET_WINDOW);
                if (passwordTokens.issuedSince(account, PasswordToken.Purpose.RESET, since) < RESETS_PER_WINDOW) {
                    PasswordTokens.Issued token = passwordTokens.issue(account, PasswordToken.Purpose.RESET,
                            mail.resetTokenTtl());
                    resetRequested.fire(new PasswordResetRequested(account, token));
                }
            });
            entityManager.remove(request);
        }
        return requests.size();
    }

    /**
     * Sets the password of the account named by a reset or invitation token. The token is checked
     * (known, unused, unexpired, account enabled) and the password policy applied before anything
     * changes; then the token and every other outstanding token of the account are spent.
     */
    public void confirmPasswordReset(PasswordResetConfirmation input) {
        PasswordToken token = passwordTokens.usable(input.token().trim(),
                Set.of(PasswordToken.Purpose.RESET, PasswordToken.Purpose.INVITATION)).orElseThrow(() -> new ProblemException(
                new Problem("invalid-token", "Invalid or expired link", 400,
                        "This password link is unknown, expired or already used; ask for a new one.")));
        Account account = token.account;
        PasswordPolicy.check("password", input.password(), account.email, account.firstName, account.lastName)
                .ifPresent(error -> {
                    throw ProblemException.invalid(List.of(error));
                });
        replacePassword(account, input.password());
        // The link came through the mailbox: the address is its owner's.
        account.emailConfirmed = true;
        Actor owner = new Actor(account.id, account.email, account.role.name());
        audit.record(owner, AUDIT_TYPE, account.id, token.purpose == PasswordToken.Purpose.RESET ? "PASSWORD_RESET"
                : "PASSWORD_SET", null, Map.of("passwordChanged", true));
    }

    /**
     * Creates an account after checking the password policy and the uniqueness of the email. Its
     * address counts as confirmed: an administrator (or the system) vouches for it, and an account
     * without a password is entered through a link sent to it.
     */
    public Account create(NewAccount input, Actor actor) {
        String email = input.email().trim();
        if (input.password() != null) {
            // The fictional demo accounts share a published password: the personal part of the policy
            // (names, email) does not apply to them.
            (input.demo() ? PasswordPolicy.check("password", input.password())
                    : PasswordPolicy.check("password", input.password(), email, input.firstName(), input.lastName()))
                    .ifPresent(error -> {
                        throw ProblemException.invalid(List.of(error));
                    });
        }
        return insert(input, hasher.hash(input.password() != null ? input.password() : unguessable()), true, actor);
    }

    private Account insert(NewAccount input, String passwordHash, boolean emailConfirmed, Actor actor) {
        String email = input.email().trim();
        if (accounts.emailTaken(email)) {
            throw duplicateEmail();
        }
        Account account = new Account();
        account.email = email;
        account.emailConfirmed = emailConfirmed;
        account.passwordHash = passwordHash;
        account.role = input.role();
        account.firstName = input.firstName().trim();
        account.lastName = input.lastName().trim();
        account.preferredLanguage = input.language() == null ? Language.FR : input.language();
        account.enabled = true;
        account.demo = input.demo();
        account.regionCode = input.regionCode();
        account.schoolName = input.schoolName();
        account.schoolLevel = input.schoolLevel();
        account.discipline = input.discipline();
        account.createdAt = clock.instant();
        account.updatedAt = account.createdAt;
        accounts.persistAndFlush(account);
        audit.record(actor, AUDIT_TYPE, account.id, "CREATE", null, state(account));
        return account;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AccessToken login(LoginInput input) {
        Optional<Account> found = accounts.findByEmail(input.email().trim());
        if (found.isEmpty()) {
            hasher.burn(input.password());
            throw invalidCredentials();
        }
        Account account = found.get();
        // A disabled account, or one whose address is not confirmed yet, answers as a wrong password
        // does, after the same work: the answer never tells that the password was right.
        boolean matches = hasher.matches(input.password(), account.passwordHash);
        if (!matches || !account.enabled || !account.emailConfirmed) {
            throw invalidCredentials();
        }
        return session(account);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountView me(Actor actor) {
        return view(existing(actor.accountId()));
    }

    /** The caller's own account as the account check of the request read it: no second read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountView me(SignedInAccount account) {
        return AccountView.of(account, reference, privacyNotice);
    }

    public AccountView updateMe(Actor actor, MeUpdate input) {
        Account account = existing(actor.accountId());
        Map<String, Object> before = state(account);
        applyNames(account, input.firstName(), input.lastName(), input.preferredLanguage());
        applyProfile(account, input);
        if (input.remindersEnabled() != null) {
            account.remindersEnabled = input.remindersEnabled();
        }
        account.updatedAt = clock.instant();
        audit.record(actor, AUDIT_TYPE, account.id, "UPDATE", before, state(account));
        return view(account);
    }

    /**
     * Changes the caller's password, given the current one. As after a reset, the account moves to
     * its next token generation: every token issued before is refused from now on (the caller's other
     * sessions, and one that may have leaked), and outstanding password links are spent. The answer
     * carries a token of the new generation, so this session goes on.
     */
    public AccessToken changePassword(Actor actor, PasswordChange input) {
        throttle.checkPasswordChange(actor.accountId());
        Account account = existing(actor.accountId());
        List<FieldError> errors = new ArrayList<>();
        if (!hasher.matches(input.currentPassword(), account.passwordHash)) {
            throttle.passwordChangeFailed(account.id);
            errors.add(new FieldError("currentPassword", "is not your current password"));
        } else if (input.newPassword().equals(input.currentPassword())) {
            errors.add(new FieldError("newPassword", SAME_PASSWORD));
        }
        if (errors.isEmpty()) {
            PasswordPolicy.check("newPassword", input.newPassword(), account.email, account.firstName, account.lastName)
                    .ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        replacePassword(account, input.newPassword());
        audit.record(actor, AUDIT_TYPE, account.id, "PASSWORD_CHANGE", null, Map.of("passwordChanged", true));
        return session(account);
    }

    /**
     * A new password (already checked against the policy). Whoever held a token of the account (the
     * reason for a reset or a change, often) holds it no longer: the account moves to its next token
     * generation, and its outstanding password links are spent.
     */
    private void replacePassword(Account account, String password) {
        account.passwordHash = hasher.hash(password);
        account.updatedAt = clock.instant();
        account.tokenGeneration++;
        passwordTokens.spendAll(account);
    }

    /** A bearer token for the account, in its current generation. */
    private AccessToken session(Account account) {
        return new AccessToken(tokens.issue(account), "Bearer", tokens.ttlSeconds(), view(account));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AccountView> list(Role role, String text, int page, int size, Actor actor) {
        PanacheQuery<Account> query;
        if (actor.isCoordinator()) {
            // A coordinator lists the jurors of its region, whatever role is asked for.
            query = accounts.search(Role.JURY, text, coordinatorRegion(actor));
        } else {
            query = accounts.search(role, text, null);
        }
        List<AccountView> items = query.page(page, size).list().stream().map(this::view).toList();
        return new Page<>(items, page, size, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AccountView> find(long id, Actor actor) {
        return manageable(id, actor).map(this::view);
    }

    /**
     * The account an administrator (any) or a coordinator (a juror of its region; others are not
     * found) may read and change.
     */
    private Optional<Account> manageable(long id, Actor actor) {
        Optional<Account> found = accounts.findByIdOptional(id);
        if (!actor.isCoordinator()) {
            return found;
        }
        String own = coordinatorRegion(actor);
        return found.filter(a -> a.role == Role.JURY && own.equals(a.regionCode));
    }

    /** The region of a coordinator's academy (the database requires one). */
    private String coordinatorRegion(Actor coordinator) {
        return existing(coordinator.accountId()).regionCode;
    }

    public Optional<AccountView> update(long id, AccountUpdate input, Actor admin) {
        Optional<Account> found = manageable(id, admin);
        if (admin.isCoordinator() && input.regionCode() != null && found.isPresent()
                && !input.regionCode().equals(found.get().regionCode)) {
            throw ProblemException.forbidden("A regional coordinator cannot move a juror to another region.");
        }
        found.ifPresent(account -> {
            if (Boolean.FALSE.equals(input.enabled()) && account.id.equals(admin.accountId())) {
                throw ProblemException.conflict("self-disable", "Cannot disable yourself",
                        "An administrator cannot disable their own account.");
            }
            Map<String, Object> before = state(account);
            applyNames(account, input.firstName(), input.lastName(), input.preferredLanguage());
            if (input.enabled() != null) {
                account.enabled = input.enabled();
            }
            if (input.regionCode() != null) {
                account.regionCode = input.regionCode();
            }
            if (input.schoolName() != null) {
                account.schoolName = blankToNull(input.schoolName());
            }
            account.updatedAt = clock.instant();
            audit.record(admin, AUDIT_TYPE, account.id, "UPDATE", before, state(account));
        });
        return found.map(this::view);
    }

    /** Creates the first administrator from configuration when there is none yet. */
    /**
     * Creates the first administrator from configuration when there is none yet. The operator's
     * password is held to the policy but not to its personal part (the placeholder names are not a person).
     */
    public Optional<Account> createFirstAdmin(String email, String password) {
        if (accounts.anyAdmin()) {
            return Optional.empty();
        }
        PasswordPolicy.check("password", password).ifPresent(error -> {
            throw ProblemException.invalid(List.of(error));
        });
        return Optional.of(insert(new NewAccount(email, password, "Admin", "InnovaTICE", Role.ADMIN, Language.FR,
                false), hasher.hash(password), true, Actor.SYSTEM));
    }

    private AccountView view(Account account) {
        return AccountView.of(account, reference, privacyNotice);
    }

    /** Region and level codes are valid by their patterns; an empty text clears its field. */
    private static void applyProfile(Account account, MeUpdate input) {
        if (input.regionCode() != null) {
            account.regionCode = input.regionCode();
        }
        if (input.schoolLevel() != null) {
            account.schoolLevel = input.schoolLevel();
        }
        if (input.schoolName() != null) {
            account.schoolName = blankToNull(input.schoolName());
        }
        if (input.discipline() != null) {
            account.discipline = blankToNull(input.discipline());
        }
        if (input.phone() != null) {
            account.phone = blankToNull(input.phone());
        }
    }

    /** A password nobody knows, for an account whose owner sets theirs through a link. */
    private static String unguessable() {
        byte[] secret = new byte[32];
        UNGUESSABLE.nextBytes(secret);
        return Base64.getEncoder().withoutPadding().encodeToString(secret).substring(0, 40);
    }

    private static final SecureRandom UNGUESSABLE = new SecureRandom();

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text.trim();
    }

    private Account existing(Long id) {
        return accounts.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Account " + id));
    }

    private static void applyNames(Account account, String firstName, String lastName, Language language) {
        if (firstName != null) {
            account.firstName = firstName.trim();
        }
        if (lastName != null) {
            account.lastName = lastName.trim();
        }
        if (language != null) {
            account.preferredLanguage = language;
        }
    }

    private static Map<String, Object> state(Account account) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("email", account.email);
        state.put("role", account.role);
        state.put("firstName", account.firstName);
        state.put("lastName", account.lastName);
        state.put("preferredLanguage", account.preferredLanguage.code());
        state.put("enabled", account.enabled);
        state.put("regionCode", account.regionCode);
        state.put("schoolName", account.schoolName);
        state.put("schoolLevel", account.schoolLevel);
        state.put("discipline", account.discipline);
        state.put("phone", account.phone);
        state.put("remindersEnabled", account.remindersEnabled);
        return state;
    }

    private static ProblemException duplicateEmail() {
        return ProblemException.conflict("duplicate-email", "Email already registered",
                "An account with this email address already exists.");
    }

    private static ProblemException invalidCredentials() {
        return new ProblemException(new Problem("invalid-credentials", "Invalid credentials", 401,
                "The email or the password is wrong."));
    }
}
