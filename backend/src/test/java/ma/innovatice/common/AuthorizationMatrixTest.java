package ma.innovatice.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import ma.innovatice.testing.Api;
import ma.innovatice.testing.Contract;
import ma.innovatice.testing.Contract.Operation;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.Competition;
import ma.innovatice.testing.Fixtures.User;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static ma.innovatice.testing.Api.invalidRequest;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the contract against every kind of caller: anonymous, the teacher who owns
 * the project, another teacher, the juror assigned to it, another juror, the regional coordinator of
 * the project's region (MA-04) and the coordinator of another region (MA-01), an administrator. Each
 * operation needs a rule here, so a new endpoint without one fails the build. Refused callers get
 * 401 (no token), 403 (wrong role) or 404 (not theirs); allowed ones get past authorisation
 * (requests are built so that nothing is changed: invalid bodies, or states that refuse the change).
 */
@QuarkusTest
class AuthorizationMatrixTest {

    enum Caller { ANONYMOUS, OWNER_TEACHER, OTHER_TEACHER, ASSIGNED_JUROR, OTHER_JUROR, REGION_COORDINATOR,
        OTHER_COORDINATOR, ADMIN }

    /**
     * Who may call: everyone, or some roles; with ownership, the other teacher or juror finds nothing
     * (404) and the coordinator of another region is refused (403) or finds nothing (404). The query
     * parameters are sent to every caller.
     */
    private record Rule(boolean open, Set<String> roles, boolean owned, Object allowedBody, Object refusedBody,
                        Map<String, Object> query) {
    }

    private static Rule open(Object body) {
        return new Rule(true, Set.of(), false, body, body, Map.of());
    }

    private static Rule roles(Object body, String... roles) {
        return new Rule(false, Set.of(roles), false, body, body, Map.of());
    }

    /** Owned by the teacher or the juror; the refused body is valid so that ownership, not validation, decides. */
    private static Rule owned(Object allowedBody, Object refusedBody, String... roles) {
        return new Rule(false, Set.of(roles), true, allowedBody, refusedBody, Map.of());
    }

    /** Of the project's region (MA-04), asked for with these query parameters. */
    private static Rule regional(Map<String, Object> query, String... roles) {
        return new Rule(false, Set.of(roles), true, NONE, NONE, query);
    }

    private static final Object NONE = null;
    private static final Map<String, Object> EMPTY = Map.of();

    private static Map<String, Rule> rules() {
        Map<String, Rule> rules = new HashMap<>();
        rules.put("registerTeacher", open(EMPTY));
        rules.put("login", open(EMPTY));
        rules.put("requestPasswordReset", open(EMPTY));
        rules.put("confirmPasswordReset", open(EMPTY));
        rules.put("confirmEmail", open(EMPTY));
        rules.put("listOutbox", roles(NONE, "ADMIN"));
        rules.put("retryOutboxMessage", roles(NONE, "ADMIN"));
        rules.put("getMe", roles(NONE, "TEACHER", "JURY", "COORDINATOR", "ADMIN"));
        rules.put("updateMe", roles(EMPTY, "TEACHER", "JURY", "COORDINATOR", "ADMIN"));
        rules.put("changeMyPassword", roles(EMPTY, "TEACHER", "JURY", "COORDINATOR", "ADMIN"));
        // Issue 20.1: anyone reads the privacy notice; every signed-in person accepts it (an empty body changes nothing).
        rules.put("getPrivacyNotice", open(NONE));
        // Issue 21.8: anyone reads the operator's logo and organiser.
        rules.put("getBranding", open(NONE));
        // Issue 21.5: anyone reads Morocco's offsets (the web client's wall clock).
        rules.put("getTimeZone", open(NONE));
        rules.put("acceptPrivacyNotice", roles(EMPTY, "TEACHER", "JURY", "COORDINATOR", "ADMIN"));
        // Personal data: every signed-in person exports her own data (the zip) and erases her own account (the
        // empty body lacks the password: 400); an administrator erases an account with a reason (400 without).
        rules.put("exportMyData", roles(NONE, "TEACHER", "JURY", "COORDINATOR", "ADMIN"));
        rules.put("eraseMyAccount", roles(EMPTY, "TEACHER", "JURY", "COORDINATOR", "ADMIN"));
        rules.put("eraseAccount", roles(EMPTY, "ADMIN"));
        rules.put("listRetentionPasses", roles(NONE, "ADMIN"));
        rules.put("listEditionRetention", roles(NONE, "ADMIN"));
        // A coordinator lists and manages the jurors of its region: the teacher's account is not found (404).
        rules.put("listAccounts", roles(NONE, "ADMIN", "COORDINATOR"));
        rules.put("createAccount", roles(EMPTY, "ADMIN", "COORDINATOR"));
        rules.put("getAccount", roles(NONE, "ADMIN", "COORDINATOR"));
        rules.put("updateAccount", roles(EMPTY, "ADMIN", "COORDINATOR"));
        rules.put("getCoordinatorDashboard", roles(NONE, "COORDINATOR"));
        rules.put("getScreeningChecklist", roles(NONE, "ADMIN", "COORDINATOR"));
        // The edition is in EVALUATION: the checklist is frozen (409), the screening closed (409).
        rules.put("replaceScreeningChecklist", roles(Map.of("items", List.of()), "ADMIN"));
        rules.put("listScreening", regional(Map.of("region", "MA-04"), "ADMIN", "COORDINATOR"));
        Map<String, Object> screening = Map.of("outcome", "ELIGIBLE", "answers", List.of());
        rules.put("screenSubmission", owned(screening, screening, "ADMIN", "COORDINATOR"));
        rules.put("listEditions", open(NONE));
        rules.put("createEdition", roles(EMPTY, "ADMIN"));
        rules.put("getCurrentEdition", open(NONE));
        rules.put("getEdition", open(NONE));
        rules.put("updateEdition", roles(EMPTY, "ADMIN"));
        rules.put("deleteEdition", roles(NONE, "ADMIN"));
        rules.put("transitionEdition", roles(EMPTY, "ADMIN"));
        rules.put("previewEditionTransition", roles(NONE, "ADMIN"));
        rules.put("extendEvaluationDeadline", roles(EMPTY, "ADMIN"));
        rules.put("listCriteria", open(NONE));
        rules.put("replaceCriteria", roles(List.of(), "ADMIN"));
        rules.put("listMySubmissions", roles(NONE, "TEACHER"));
        rules.put("createSubmission", roles(Map.of("title", "Un projet de plus"), "TEACHER"));
        rules.put("listSubmissions", roles(NONE, "ADMIN"));
        rules.put("exportSubmissions", roles(NONE, "ADMIN"));
        rules.put("getSubmission", owned(NONE, NONE, "TEACHER", "ADMIN"));
        Map<String, Object> project = new HashMap<>(Fixtures.completeProject("Projet détourné"));
        project.put("version", 0);
        rules.put("updateSubmission", owned(project, project, "TEACHER"));
        rules.put("deleteSubmission", owned(NONE, NONE, "TEACHER"));
        rules.put("submitSubmission", owned(NONE, NONE, "TEACHER"));
        rules.put("withdrawSubmission", owned(NONE, NONE, "TEACHER"));
        rules.put("getSubmissionHistory", owned(NONE, NONE, "TEACHER", "ADMIN"));
        rules.put("uploadAttachments", owned(NONE, NONE, "TEACHER"));
        rules.put("downloadAttachment", owned(NONE, NONE, "TEACHER", "ADMIN"));
        rules.put("deleteAttachment", owned(NONE, NONE, "TEACHER"));
        rules.put("listAssignments", roles(NONE, "ADMIN", "COORDINATOR"));
        rules.put("createAssignment", roles(EMPTY, "ADMIN", "COORDINATOR"));
        rules.put("autoAssign", roles(Map.of("jurorIds", List.of(0)), "ADMIN", "COORDINATOR"));
        // Coordinators read the rounds; a coordinator of one region acting on another is refused in RoundJudgingTest.
        rules.put("listRounds", roles(NONE, "ADMIN", "COORDINATOR"));
        rules.put("replaceRounds", roles(Map.of("rounds", List.of()), "ADMIN"));
        rules.put("listAssignmentCandidates", roles(NONE, "ADMIN", "COORDINATOR"));
        // The world's round is regional and still open: shortlist operations get past authorisation and meet 409
        // (round not closed, or last round); a coordinator of another region acting on MA-04 is refused in ShortlistTest.
        rules.put("previewRoundClose", roles(NONE, "ADMIN"));
        rules.put("closeRound", roles(EMPTY, "ADMIN"));
        rules.put("getShortlist", roles(NONE, "ADMIN", "COORDINATOR"));
        rules.put("decideShortlistEntry", roles(Map.of("advances", true, "version", 0), "ADMIN", "COORDINATOR"));
        rules.put("confirmShortlist", roles(EMPTY, "ADMIN", "COORDINATOR"));
        rules.put("getSubmissionRounds", owned(NONE, NONE, "TEACHER", "ADMIN"));
        rules.put("listConflicts", roles(NONE, "ADMIN"));
        rules.put("recordConflict", roles(EMPTY, "ADMIN"));
        rules.put("getCalibration", roles(NONE, "ADMIN"));
        rules.put("createCalibration", roles(EMPTY, "ADMIN"));
        rules.put("listCalibrationCandidates", roles(NONE, "ADMIN"));
        rules.put("getCalibrationReport", roles(NONE, "ADMIN"));
        rules.put("closeCalibration", roles(EMPTY, "ADMIN"));
        rules.put("deleteAssignment", owned(NONE, NONE, "ADMIN", "COORDINATOR"));
        rules.put("getProgress", roles(NONE, "ADMIN", "COORDINATOR"));
        rules.put("getRanking", roles(NONE, "ADMIN", "COORDINATOR"));
        rules.put("exportRanking", roles(NONE, "ADMIN", "COORDINATOR"));
        rules.put("getRankingAgreement", roles(NONE, "ADMIN", "COORDINATOR"));
        rules.put("addExtraJuror", owned(NONE, NONE, "ADMIN", "COORDINATOR"));
        rules.put("getSeverity", roles(NONE, "ADMIN", "COORDINATOR"));
        rules.put("listEditionEvaluations", roles(NONE, "ADMIN"));
        rules.put("listSubmissionEvaluations", roles(NONE, "ADMIN"));
        rules.put("reopenEvaluation", roles(EMPTY, "ADMIN"));
        rules.put("moderateFeedback", roles(EMPTY, "ADMIN"));
        rules.put("listAudit", roles(NONE, "ADMIN"));
        rules.put("listMyAssignments", roles(NONE, "JURY"));
        rules.put("getMyAssignment", owned(NONE, NONE, "JURY"));
        rules.put("downloadAssignedAttachment", owned(NONE, NONE, "JURY"));
        rules.put("declareConflict", owned(EMPTY, Map.of("reason", "Je connais l'enseignant"), "JURY"));
        rules.put("saveEvaluation", owned(EMPTY, Map.of("scores", List.of()), "JURY"));
        rules.put("submitEvaluation", owned(NONE, NONE, "JURY"));
        rules.put("getPanel", owned(NONE, NONE, "JURY"));
        rules.put("listMyCalibrations", roles(NONE, "JURY"));
        rules.put("getMyCalibrationSample", owned(NONE, NONE, "JURY"));
        rules.put("saveMyCalibrationScores", owned(EMPTY, Map.of("scores", List.of()), "JURY"));
        rules.put("listRegions", open(NONE));
        rules.put("listSchoolLevels", open(NONE));
        rules.put("listAwards", roles(NONE, "ADMIN"));
        rules.put("createAward", roles(EMPTY, "ADMIN"));
        rules.put("proposeAwards", roles(EMPTY, "ADMIN"));
        rules.put("updateAward", roles(EMPTY, "ADMIN"));
        rules.put("deleteAward", roles(NONE, "ADMIN"));
        rules.put("getEditionResults", open(NONE));
        rules.put("listLaureates", open(NONE));
        rules.put("listGallery", open(NONE));
        rules.put("getGalleryProject", open(NONE));
        rules.put("downloadGalleryFile", open(NONE));
        rules.put("getGalleryConsent", owned(NONE, NONE, "TEACHER"));
        // The project is under review: its owner gets past authorisation to 409 (not published yet).
        rules.put("putGalleryConsent", owned(Map.of("consent", true, "files", List.of()),
                Map.of("consent", true, "files", List.of()), "TEACHER"));
        rules.put("revokeGalleryConsent", owned(NONE, NONE, "TEACHER"));
        rules.put("getSubmissionResult", owned(NONE, NONE, "TEACHER", "ADMIN"));
        rules.put("downloadCertificate", owned(NONE, NONE, "TEACHER", "ADMIN"));
        rules.put("verifyCertificate", open(NONE));
        rules.put("reissueCertificate", roles(EMPTY, "ADMIN"));
        rules.put("getEditionStatistics", roles(NONE, "ADMIN"));
        rules.put("getPublicStatistics", open(NONE));
        rules.put("listPresentationSlots", roles(NONE, "ADMIN"));
        rules.put("putPresentationSlot", roles(EMPTY, "ADMIN"));
        rules.put("deletePresentationSlot", roles(NONE, "ADMIN"));
        rules.put("setRoundPresident", roles(EMPTY, "ADMIN"));
        rules.put("getRoundMinutes", owned(NONE, NONE, "ADMIN", "JURY"));
        rules.put("recordRoundMinutes", owned(Map.of("text", "Procès-verbal"), Map.of("text", "Procès-verbal"), "JURY"));
        rules.put("listPresidedRounds", roles(NONE, "JURY"));
        rules.put("getMySlot", owned(NONE, NONE, "TEACHER"));
        rules.put("downloadMySlotIcs", owned(NONE, NONE, "TEACHER"));
        rules.put("getDelegation", roles(NONE, "ADMIN"));
        rules.put("putDelegation", roles(Map.of("companions", List.of()), "ADMIN"));
        rules.put("getSubmissionAnonymity", owned(NONE, NONE, "TEACHER"));
        // The field is not redactable (422): past authorisation, nothing changed.
        rules.put("redactSubmission", roles(Map.of("field", "discipline", "text", "Sciences"), "ADMIN"));
        rules.put("listFlaggedSubmissions", roles(NONE, "ADMIN"));
        return rules;
    }

    @Inject
    Fixtures fixtures;

    @Test
    void shouldGiveEveryOperationTheRightAnswerForEveryCaller() {
        Map<String, Rule> rules = rules();
        List<Operation> operations = Contract.operations(Contract.tree());
        Set<String> withoutRule = new TreeSet<>();
        operations.forEach(o -> {
            if (!rules.containsKey(o.id())) {
                withoutRule.add(o.id());
            }
        });
        assertThat(withoutRule).as("operations of the contract without an authorisation rule").isEmpty();
        assertThat(operations.stream().map(Operation::id)).containsAll(rules.keySet());

        World world = world();
        List<String> failures = new ArrayList<>();
        // Refusals first: they change nothing, whatever the order.
        for (Operation operation : operations) {
            Rule rule = rules.get(operation.id());
            for (Caller caller : Caller.values()) {
                String role = world.role(caller);
                boolean allowed = rule.open() || (role != null && rule.roles().contains(role));
                if (allowed && rule.owned() && (caller == Caller.OTHER_TEACHER || caller == Caller.OTHER_JUROR)) {
                    expect(failures, operation, caller, world, rule, Set.of(404));
                } else if (allowed && rule.owned() && caller == Caller.OTHER_COORDINATOR) {
                    expect(failures, operation, caller, world, rule, Set.of(403, 404));
                } else if (!allowed) {
                    expect(failures, operation, caller, world, rule, Set.of(caller == Caller.ANONYMOUS ? 401 : 403));
                }
            }
        }
        for (Operation operation : operations) {
            Rule rule = rules.get(operation.id());
            for (Caller caller : Caller.values()) {
                String role = world.role(caller);
                boolean allowed = rule.open() || (role != null && rule.roles().contains(role));
                boolean stranger = caller == Caller.OTHER_TEACHER || caller == Caller.OTHER_JUROR
                        || caller == Caller.OTHER_COORDINATOR;
                if (allowed && !(rule.owned() && stranger)) {
                    expectNot(failures, operation, caller, world, rule,
                            rule.owned() ? Set.of(401, 403, 404) : Set.of(401, 403));
                }
            }
        }
        assertThat(failures).as("operations that answered a caller wrongly").isEmpty();
    }

    /** The data every operation is tried on: a project under review with a file, assigned to a juror who submitted. */
    private record World(Map<Caller, User> users, Map<String, Object> ids) {

        String role(Caller caller) {
            return switch (caller) {
                case ANONYMOUS -> null;
                case OWNER_TEACHER, OTHER_TEACHER -> "TEACHER";
                case ASSIGNED_JUROR, OTHER_JUROR -> "JURY";
                case REGION_COORDINATOR, OTHER_COORDINATOR -> "COORDINATOR";
                case ADMIN -> "ADMIN";
            };
        }
    }

    private World world() {
        Competition c = fixtures.competitionWithFiles(Map.of(), Fixtures.completeProject("Projet de la matrice"), "plan.pdf",
                "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        User juror = fixtures.juror();
        long assignment = fixtures.assign(c.admin(), c.edition(), c.projects().get(0), juror);
        Api.api(juror.token()).body(Map.of("scores", List.of(
                        Map.of("criterionCode", "COLLAB", "score", 3), Map.of("criterionCode", "KNOW", "score", 3),
                        Map.of("criterionCode", "SELFREG", "score", 3), Map.of("criterionCode", "RWPS", "score", 3),
                        Map.of("criterionCode", "ICT", "score", 3), Map.of("criterionCode", "COMM", "score", 3))))
                .put("/api/jury/assignments/{id}/evaluation", assignment).then().statusCode(200);
        Api.api(juror.token()).post("/api/jury/assignments/{id}/evaluation/submit", assignment).then().statusCode(200);
        long project = c.projects().get(0);
        User teacher = c.teachers().get(0);
        // A regional round, so that coordinators reach its judging (the project is of MA-04).
        fixtures.execute("UPDATE judging_round SET scope = 'REGIONAL' WHERE edition_id = ?", c.edition());
        Map<String, Object> ids = new HashMap<>();
        ids.put("editionId", c.edition());
        ids.put("position", 1);
        ids.put("submissionId", project);
        ids.put("assignmentId", assignment);
        ids.put("accountId", teacher.id());
        // No such award or certificate: an allowed caller gets past authorisation and finds nothing.
        ids.put("awardId", Long.MAX_VALUE);
        ids.put("messageId", Long.MAX_VALUE);
        ids.put("code", "00000-00000-00000-00000-00000");
        ids.put("attachmentId", Api.api(teacher.token()).get("/api/submissions/{id}", project).jsonPath()
                .getLong("attachments[0].id"));
        ids.put("evaluationId", Api.api(c.admin().token()).get("/api/submissions/{id}/evaluations", project).jsonPath()
                .getLong("[0].evaluation.id"));
        // A calibration in another edition that the assigned juror takes part in (their assignment above stays theirs).
        Competition calibrated = fixtures.competition(Map.of(), null, List.of(Fixtures.completeProject("Projet d'essai A"),
                Fixtures.completeProject("Projet d'essai B")));
        ids.put("sampleId", Api.api(calibrated.admin().token()).body(Map.of("sampleIds", calibrated.projects(),
                        "jurorIds", List.of(juror.id(), fixtures.juror().id())))
                .post("/api/editions/{id}/calibration", calibrated.edition()).then().statusCode(201).extract().jsonPath()
                .getLong("samples[0].id"));
        // The finalists' round: the assigned juror presides round 1, whose project has a presentation slot.
        ids.putIfAbsent("position", 1);
        fixtures.execute("UPDATE judging_round SET president_id = ? WHERE edition_id = ? AND position = 1", juror.id(),
                c.edition());
        fixtures.execute("INSERT INTO presentation_slot (round_id, submission_id, starts_at, duration_minutes, place, "
                + "sequence, created_at, updated_at) SELECT id, ?, NOW(6), 20, 'Salle 1', 0, NOW(6), NOW(6) "
                + "FROM judging_round WHERE edition_id = ? AND position = 1", project, c.edition());
        Map<Caller, User> users = new HashMap<>();
        users.put(Caller.OWNER_TEACHER, teacher);
        users.put(Caller.OTHER_TEACHER, fixtures.teacher());
        users.put(Caller.ASSIGNED_JUROR, juror);
        users.put(Caller.OTHER_JUROR, fixtures.juror());
        users.put(Caller.REGION_COORDINATOR, fixtures.coordinator("MA-04"));
        users.put(Caller.OTHER_COORDINATOR, fixtures.coordinator("MA-01"));
        users.put(Caller.ADMIN, c.admin());
        return new World(users, ids);
    }

    private static void expect(List<String> failures, Operation operation, Caller caller, World world, Rule rule,
                               Set<Integer> statuses) {
        int status = send(operation, caller, world, rule.refusedBody(), rule.query());
        if (!statuses.contains(status)) {
            failures.add(operation.id() + " as " + caller + ": " + status + ", expected " + statuses);
        }
    }

    private static void expectNot(List<String> failures, Operation operation, Caller caller, World world, Rule rule,
                                  Set<Integer> statuses) {
        int status = send(operation, caller, world, rule.allowedBody(), rule.query());
        if (statuses.contains(status) || status >= 500) {
            failures.add(operation.id() + " as " + caller + ": " + status + ", expected none of " + statuses);
        }
    }

    private static int send(Operation operation, Caller caller, World world, Object body, Map<String, Object> query) {
        RequestSpecification request = invalidRequest().accept("*/*").queryParams(query);
        User user = world.users().get(caller);
        if (user != null) {
            request = request.auth().oauth2(user.token());
        }
        if (operation.multipart()) {
            request = request.contentType("multipart/form-data").multiPart("files", "note.txt",
                    "pas un document".getBytes(StandardCharsets.UTF_8), "text/plain");
        } else if (body != null) {
            request = request.body(body);
        }
        String path = operation.path();
        for (Map.Entry<String, Object> id : world.ids().entrySet()) {
            path = path.replace("{" + id.getKey() + "}", String.valueOf(id.getValue()));
        }
        return request.request(operation.method(), path).then().extract().statusCode();
    }

}
