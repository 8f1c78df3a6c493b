package ma.innovatice.testing;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ma.innovatice.account.Account;
import ma.innovatice.account.AccountService;
import ma.innovatice.account.AccountService.NewAccount;
import ma.innovatice.account.Language;
import ma.innovatice.account.PasswordResetRequests;
import ma.innovatice.account.Role;
import ma.innovatice.account.TokenIssuer;
import ma.innovatice.common.db.QueryCache;
import ma.innovatice.common.security.Actor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static ma.innovatice.testing.Api.api;

/** Test data made through the application's own services, and direct reads of what the database holds. */
@ApplicationScoped
public class Fixtures {

    public static final String PASSWORD = "correct-horse-42";
    private static final AtomicInteger EDITION_NUMBERS = new AtomicInteger(100 + (int) (Math.random() * 800));

    private final AccountService accounts;
    private final TokenIssuer tokens;
    private final AgroalDataSource dataSource;
    private final QueryCache queryCache;
    private final PasswordResetRequests resetRequests;

    Fixtures(AccountService accounts, TokenIssuer tokens, AgroalDataSource dataSource, QueryCache queryCache,
             PasswordResetRequests resetRequests) {
        this.resetRequests = resetRequests;
        this.accounts = accounts;
        this.tokens = tokens;
        this.dataSource = dataSource;
        this.queryCache = queryCache;
    }

    /** An account and a valid token for it. */
    public record User(long id, String email, String token) {
    }

    @Transactional
    public User user(Role role) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@test.innovatice.ma";
        Account account = accounts.create(new NewAccount(email, PASSWORD, "Prénom", "Nom", role, Language.FR, false),
                Actor.SYSTEM);
        return new User(account.id, account.email, tokens.issue(account));
    }

    /** Turns the recorded password-reset requests into emails now (the job that does it is off in tests). */
    public int handlePasswordResetRequests() {
        return resetRequests.process();
    }

    /**
     * Confirms the address of a teacher who registered through the API with the link of the last
     * confirmation email, as its owner would; returns the access token of the answer.
     */
    public String confirmRegistration(String email) {
        List<Map<String, Object>> mails = rows("SELECT text_body FROM outbox_message WHERE recipient = ? "
                + "AND kind = 'EMAIL_CONFIRMATION' ORDER BY id DESC LIMIT 1", email);
        if (mails.isEmpty()) {
            throw new AssertionError("No confirmation email for " + email);
        }
        String token = TestSmtp.token((String) mails.get(0).get("text_body"));
        return api().body(Map.of("token", token)).post("/api/auth/confirm-email").then().statusCode(200)
                .extract().path("accessToken");
    }

    public User admin() {
        return user(Role.ADMIN);
    }

    public User teacher() {
        return user(Role.TEACHER);
    }

    public User juror() {
        return user(Role.JURY);
    }

    /** A juror who works in a region and a school (conflicts of interest are computed from them). */
    @Transactional
    public User juror(String regionCode, String schoolName) {
        String email = "jury-" + UUID.randomUUID() + "@test.innovatice.ma";
        Account account = accounts.create(new NewAccount(email, PASSWORD, "Juré", "Test", Role.JURY, Language.FR, false,
                regionCode, schoolName), Actor.SYSTEM);
        return new User(account.id, account.email, tokens.issue(account));
    }

    /** The regional coordinator of one academy (its account's region). */
    @Transactional
    public User coordinator(String regionCode) {
        String email = "coordinator-" + UUID.randomUUID() + "@test.innovatice.ma";
        Account account = accounts.create(new NewAccount(email, PASSWORD, "Coordinatrice", "Test", Role.COORDINATOR,
                Language.FR, false, regionCode, null), Actor.SYSTEM);
        return new User(account.id, account.email, tokens.issue(account));
    }

    /** A competition in EVALUATION: an edition (with the overrides and rubric given) and submitted projects. */
    /**
     * A small rubric the judging tests compute by hand: A "Usage des TIC" (weight 1, 0..10) and B "Impact"
     * (weight 3, 1..5), labelled in the three languages.
     */
    public static final List<Map<String, Object>> TWO_CRITERIA_RUBRIC = List.of(
            Map.of("code", "A", "label", Map.of("fr", "Usage des TIC", "ar", "استعمال التكنولوجيا", "en", "ICT use"),
                    "weight", 1, "scaleMin", 0, "scaleMax", 10),
            Map.of("code", "B", "label", Map.of("fr", "Impact", "ar", "الأثر", "en", "Impact"),
                    "weight", 3, "scaleMin", 1, "scaleMax", 5));

    public record Competition(User admin, long edition, List<User> teachers, List<Long> projects) {
    }

    public Competition competition(Map<String, Object> overrides, List<Map<String, Object>> rubric,
                                   List<Map<String, Object>> projects) {
        User admin = admin();
        long edition = createEdition(admin, overrides);
        if (rubric != null) {
            api(admin.token()).body(rubric).put("/api/editions/{id}/criteria", edition).then().statusCode(200);
        }
        move(admin, edition, "OPEN");
        List<User> teachers = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (Map<String, Object> project : projects) {
            User teacher = teacher();
            long id = draftProject(teacher, edition, project);
            api(teacher.token()).post("/api/submissions/{id}/submit", id).then().statusCode(200);
            teachers.add(teacher);
            ids.add(id);
        }
        move(admin, edition, "EVALUATION");
        return new Competition(admin, edition, teachers, ids);
    }

    /** A competition in EVALUATION with one project that carries one evidence file. */
    public Competition competitionWithFiles(Map<String, Object> overrides, Map<String, Object> project, String filename,
                                            byte[] file) {
        User admin = admin();
        long edition = createEdition(admin, overrides);
        move(admin, edition, "OPEN");
        User teacher = teacher();
        long id = draftProject(teacher, edition, project);
        Api.multipart(teacher.token()).multiPart("files", filename, file, "application/pdf")
                .post("/api/submissions/{id}/attachments", id).then().statusCode(201);
        api(teacher.token()).post("/api/submissions/{id}/submit", id).then().statusCode(200);
        move(admin, edition, "EVALUATION");
        return new Competition(admin, edition, List.of(teacher), List.of(id));
    }

    /** Assigns a juror to a project through the API; returns the assignment id. */
    public long assign(User admin, long edition, long project, User juror) {
        return api(admin.token()).body(Map.of("submissionId", project, "jurorId", juror.id()))
                .post("/api/editions/{id}/assignments", edition).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Scores for every 21CLD criterion (ICT answered with its gates). */
    public static List<Map<String, Object>> fullScores() {
        return List.of(Map.of("criterionCode", "COLLAB", "score", 4), Map.of("criterionCode", "KNOW", "score", 3),
                Map.of("criterionCode", "SELFREG", "score", 2), Map.of("criterionCode", "RWPS", "score", 4),
                Map.of("criterionCode", "ICT", "gates", List.of(true, true, false, true)),
                Map.of("criterionCode", "COMM", "score", 3));
    }

    /**
     * The next edition number, from a random start, within the contract's 1 to 1000: past 1000 it starts
     * again from 1 (the suite makes a few hundred editions, so a wrapped number is free or retried).
     */
    public static int nextEditionNumber() {
        return 1 + Math.floorMod(EDITION_NUMBERS.incrementAndGet() - 1, 1000);
    }

    /** A valid edition body whose submissions are open from a day ago for ten days. */
    public static Map<String, Object> editionBody(int number) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number", number);
        body.put("year", 2026);
        body.put("title", "Édition de test " + number);
        body.put("theme", "Le numérique en classe");
        body.put("rules", "Un projet par enseignant.");
        body.put("submissionsOpenAt", now.minus(1, ChronoUnit.DAYS).toString());
        body.put("submissionsCloseAt", now.plus(10, ChronoUnit.DAYS).toString());
        body.put("evaluationCloseAt", now.plus(40, ChronoUnit.DAYS).toString());
        body.put("ceremonyDate", now.plus(60, ChronoUnit.DAYS).toString().substring(0, 10));
        body.put("ceremonyVenue", "Rabat");
        body.put("laureateCount", 12);
        body.put("jurorsPerProject", 3);
        body.put("blindReview", true);
        body.put("sameRegionConflict", false);
        body.put("forum", Map.of("name", "Global Education Forum", "city", "Budapest", "year", 2026));
        return body;
    }

    /** Creates a DRAFT edition through the API and returns its id. */
    public long draftEdition(User admin) {
        return createEdition(admin, Map.of());
    }

    /**
     * Creates a DRAFT edition with the next free number. A number can already be taken by an edition
     * another test made with a number of its own (the contract fuzzer picks them at random): the next
     * one is tried then.
     */
    private long createEdition(User admin, Map<String, Object> overrides) {
        for (int attempt = 0; attempt < 20; attempt++) {
            Map<String, Object> body = editionBody(nextEditionNumber());
            body.putAll(overrides);
            var response = api(admin.token()).body(body).post("/api/editions");
            if (response.statusCode() == 409 && response.jsonPath().getString("type").endsWith("/duplicate-edition")) {
                continue;
            }
            return response.then().statusCode(201).extract().jsonPath().getLong("id");
        }
        throw new AssertionError("No free edition number after 20 tries");
    }

    /**
     * The body of a move as the tests' administrator sends it: closing the call early (each test's
     * edition closes ten days from now) gives a reason, and deliberating gives an override for the
     * projects the test did not have evaluated. Tests of those rules send their own bodies.
     */
    public static Map<String, Object> transitionBody(String to) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", to);
        if (to.equals("EVALUATION")) {
            body.put("reason", "Clôture anticipée pour le test");
        } else if (to.equals("DELIBERATION")) {
            body.put("override", Map.of("reason", "Délibération du test sans toutes les évaluations"));
        }
        return body;
    }

    /** Creates an edition and moves it step by step up to {@code status}. */
    public long editionIn(User admin, String status) {
        long id = draftEdition(admin);
        for (String step : List.of("OPEN", "EVALUATION", "DELIBERATION", "PUBLISHED", "ARCHIVED")) {
            if (status.equals("DRAFT")) {
                break;
            }
            if (step.equals("OPEN")) {
                closeOpenCalls(admin);
            }
            api(admin.token()).body(transitionBody(step)).post("/api/editions/{id}/transitions", id)
                    .then().statusCode(200);
            if (step.equals(status)) {
                break;
            }
            prepareNextStep(admin, id, step);
        }
        return id;
    }

    /**
     * What an edition needs before its next step when walked through the whole lifecycle: a project
     * submitted while OPEN, and a winner chosen during DELIBERATION (publication requires one).
     */
    public void prepareNextStep(User admin, long editionId, String current) {
        if (current.equals("OPEN")) {
            submittedProject(teacher(), editionId);
        } else if (current.equals("DELIBERATION")) {
            long project = ((Number) rows("SELECT id FROM submission WHERE edition_id = ? AND status = 'UNDER_REVIEW' "
                    + "ORDER BY id LIMIT 1", editionId).get(0).get("id")).longValue();
            api(admin.token()).body(Map.of("submissionId", project, "kind", "WINNER", "rank", 1))
                    .post("/api/editions/{id}/awards", editionId).then().statusCode(201);
        }
    }

    /** Every field a project needs to be submitted, the pupils declaration included. */
    public static Map<String, Object> completeProject(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("summary", "Les élèves conçoivent une application de tri des déchets pour leur quartier.");
        body.put("description", "Pendant six semaines, trois classes ont enquêté, programmé et présenté leur application.");
        body.put("discipline", "Sciences de la vie et de la Terre");
        body.put("schoolLevel", "SECONDAIRE_COLLEGIAL");
        body.put("regionCode", "MA-04");
        body.put("schoolName", "Collège Al Massira (démo)");
        body.put("coAuthors", List.of("Imane Alaoui"));
        body.put("technologies", List.of("Scratch", "micro:bit"));
        body.put("pupilsCount", 84);
        body.put("videoUrl", "https://video.example.ma/tri");
        // The pupils declaration (issue 20): these fixtures' evidence shows no pupil.
        body.put("evidenceShowsPupils", false);
        return body;
    }

    /** Creates a DRAFT project of the teacher in the edition through the API; returns its id. */
    public long draftProject(User teacher, long editionId, Map<String, Object> body) {
        return api(teacher.token()).body(body).post("/api/editions/{id}/submissions", editionId)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Creates and submits a complete project; returns its id. */
    public long submittedProject(User teacher, long editionId) {
        long id = draftProject(teacher, editionId, completeProject("Projet " + UUID.randomUUID()));
        api(teacher.token()).post("/api/submissions/{id}/submit", id).then().statusCode(200);
        return id;
    }

    /**
     * Moves the edition whose call is open, if any, on to EVALUATION through the API, as its
     * administrator would: at most one edition is OPEN at a time, and each test opens its own.
     */
    public void closeOpenCalls(User admin) {
        for (Map<String, Object> open : rows("SELECT id FROM edition WHERE status = 'OPEN'")) {
            // A screening checklist left by another test would hold the call open over unscreened projects.
            api(admin.token()).body(Map.of("items", List.of()))
                    .put("/api/editions/{id}/screening-checklist", ((Number) open.get("id")).longValue());
            api(admin.token()).body(transitionBody("EVALUATION"))
                    .post("/api/editions/{id}/transitions", ((Number) open.get("id")).longValue()).then().statusCode(200);
        }
    }

    /** Moves an edition one step (opening it first closes the call left open by another test). */
    public void move(User admin, long editionId, String to) {
        if (to.equals("OPEN")) {
            closeOpenCalls(admin);
        }
        api(admin.token()).body(transitionBody(to)).post("/api/editions/{id}/transitions", editionId).then().statusCode(200);
    }

    /** Rows of a query, each as column label to value. */
    public List<Map<String, Object>> rows(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= columns; c++) {
                        row.put(result.getMetaData().getColumnLabel(c), result.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long count(String sql, Object... parameters) {
        return ((Number) rows(sql, parameters).get(0).values().iterator().next()).longValue();
    }

    /**
     * Changes the database behind the application's back, as an operator would with a SQL client;
     * the application's query cache is then cleared, as restarting the application would (README).
     */
    public void execute(String sql, Object... parameters) {
        executeUnseen(sql, parameters);
        queryCache.clear();
    }

    /** As {@link #execute}, leaving the query cache as it is (what a write from outside leaves behind). */
    public void executeUnseen(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
