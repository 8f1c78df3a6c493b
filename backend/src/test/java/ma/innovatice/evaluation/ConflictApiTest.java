package ma.innovatice.evaluation;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.Competition;
import ma.innovatice.testing.Fixtures.User;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static ma.innovatice.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Conflicts of interest as administrators see them, are told of them, and record them ahead of assignment. */
@QuarkusTest
class ConflictApiTest {

    @Inject
    Fixtures fixtures;

    @Test
    void shouldMailEveryAdminWhenAJurorDeclaresAConflictAndListItWithTheOnesAdminsRecorded() {
        Competition c = fixtures.competition(Map.of("jurorsPerProject", 2), null,
                List.of(Fixtures.completeProject("Robotique au collège")));
        long projectId = c.projects().get(0);
        User english = fixtures.admin();
        api(english.token()).body(Map.of("preferredLanguage", "en", "firstName", "Grace")).patch("/api/me")
                .then().statusCode(200);
        User declaring = fixtures.juror("MA-01", null);
        User colleague = fixtures.juror("MA-02", null);
        User known = fixtures.juror("MA-03", null);
        long assignment = fixtures.assign(c.admin(), c.edition(), projectId, declaring);
        fixtures.assign(c.admin(), c.edition(), projectId, colleague);

        api(declaring.token()).body(Map.of("reason", "J'ai encadré le stage de l'enseignante"))
                .post("/api/jury/assignments/{id}/conflict", assignment).then().statusCode(204);

        assertThat(fixtures.rows("SELECT kind, subject, text_body FROM outbox_message WHERE recipient = ? "
                + "AND kind = 'CONFLICT_DECLARED'", c.admin().email())).singleElement().satisfies(mail -> {
                    assertThat(mail.get("subject")).isEqualTo("Conflit d'intérêts déclaré : \u2068Robotique au collège\u2069");
                    assertThat((String) mail.get("text_body")).startsWith("Bonjour \u2068Prénom\u2069,")
                            .contains("\u2068Juré Test\u2069 a déclaré un conflit d'intérêts avec le projet « \u2068Robotique au collège\u2069 »")
                            .contains("Motif : \u2068J'ai encadré le stage de l'enseignante\u2069")
                            .contains("1 juré sur 2 prévus")
                            .contains("http://localhost:8080/admin/editions/" + c.edition() + "/assignment")
                            .doesNotContain(c.teachers().get(0).email());
                });
        assertThat(fixtures.rows("SELECT subject, text_body FROM outbox_message WHERE recipient = ? "
                + "AND kind = 'CONFLICT_DECLARED'", english.email())).singleElement().satisfies(mail -> {
                    assertThat(mail.get("subject")).isEqualTo("Conflict of interest declared: \u2068Robotique au collège\u2069");
                    assertThat((String) mail.get("text_body")).startsWith("Hello \u2068Grace\u2069,").contains("1 of the 2 jurors required");
                });
        assertThat(fixtures.count("SELECT COUNT(*) FROM outbox_message WHERE kind = 'CONFLICT_DECLARED' "
                + "AND recipient IN (?, ?)", declaring.email(), colleague.email())).isZero();

        long recorded = api(c.admin().token()).body(Map.of("submissionId", projectId, "jurorId", known.id(),
                        "reason", "Frère de l'enseignante"))
                .post("/api/editions/{id}/conflicts", c.edition()).then().statusCode(201)
                .body("assignmentRemoved", equalTo(false)).body("conflict.juror.id", equalTo((int) known.id()))
                .body("conflict.recordedBy.id", equalTo((int) c.admin().id()))
                .body("conflict.submissionTitle", equalTo("Robotique au collège"))
                .extract().jsonPath().getLong("conflict.id");
        assertThat(fixtures.count("SELECT COUNT(*) FROM outbox_message WHERE kind = 'CONFLICT_DECLARED' "
                + "AND recipient = ?", c.admin().email())).as("no email for the admin's own record").isEqualTo(1);
        assertThat(fixtures.rows("SELECT action, actor_id FROM audit_log WHERE entity_type = 'CONFLICT' AND entity_id = ?",
                recorded)).singleElement().satisfies(row -> {
                    assertThat(row.get("action")).isEqualTo("CREATE");
                    assertThat(((Number) row.get("actor_id")).longValue()).isEqualTo(c.admin().id());
                });

        api(c.admin().token()).get("/api/editions/{id}/conflicts", c.edition()).then().statusCode(200)
                .body("juror.id", contains((int) known.id(), (int) declaring.id()))
                .body("submissionId", contains((int) projectId, (int) projectId))
                .body("reason", contains("Frère de l'enseignante", "J'ai encadré le stage de l'enseignante"))
                .body("[0].recordedBy.id", equalTo((int) c.admin().id())).body("[1].recordedBy", nullValue())
                .body("[1].juror.lastName", equalTo("Test")).body("[1].declaredAt", notNullValue());

        api(c.admin().token()).body(Map.of("submissionId", projectId, "jurorId", known.id(), "reason", "Encore"))
                .post("/api/editions/{id}/conflicts", c.edition()).then().statusCode(409)
                .body("type", endsWith("/conflict-exists"));
    }

    @Test
    void shouldKeepAConflictRecordedBeforeAssignmentOutOfAutomaticAndManualAssignment() {
        User admin = fixtures.admin();
        long edition = fixtures.editionIn(admin, "OPEN");
        long projectId = fixtures.submittedProject(fixtures.teacher(), edition);
        User known = fixtures.juror("MA-11", null);
        User other = fixtures.juror("MA-12", null);

        api(admin.token()).body(Map.of("submissionId", projectId, "jurorId", known.id(), "reason", "Ancien collègue"))
                .post("/api/editions/{id}/conflicts", edition).then().statusCode(201).body("assignmentRemoved", equalTo(false));
        fixtures.move(admin, edition, "EVALUATION");

        api(admin.token()).body(Map.of("jurorIds", List.of(known.id()))).post("/api/editions/{id}/assignments/auto", edition)
                .then().statusCode(200).body("created", equalTo(0)).body("understaffed[0].submissionId", equalTo((int) projectId));
        api(admin.token()).body(Map.of("submissionId", projectId, "jurorId", known.id()))
                .post("/api/editions/{id}/assignments", edition).then().statusCode(409).body("reason", equalTo("DECLARED"));
        api(admin.token()).body(Map.of("jurorIds", List.of(known.id(), other.id())))
                .post("/api/editions/{id}/assignments/auto", edition).then().statusCode(200).body("created", equalTo(1));
        assertThat(fixtures.rows("SELECT juror_id FROM assignment WHERE submission_id = ?", projectId))
                .extracting(r -> ((Number) r.get("juror_id")).longValue()).containsExactly(other.id());
    }

    @Test
    void shouldRemoveTheAssignmentOfAJurorTheAdminRecordsAConflictFor() {
        Competition c = fixtures.competition(Map.of(), null, List.of(Fixtures.completeProject("Jardin connecté"),
                Fixtures.completeProject("Radio scolaire")));
        User drafting = fixtures.juror();
        User done = fixtures.juror();
        long draft = fixtures.assign(c.admin(), c.edition(), c.projects().get(0), drafting);
        long submitted = fixtures.assign(c.admin(), c.edition(), c.projects().get(1), done);
        api(drafting.token()).body(Map.of("scores", List.of(Map.of("criterionCode", "ICT", "score", 4))))
                .put("/api/jury/assignments/{id}/evaluation", draft).then().statusCode(200);
        api(done.token()).body(Map.of("scores", Fixtures.fullScores()))
                .put("/api/jury/assignments/{id}/evaluation", submitted).then().statusCode(200);
        api(done.token()).post("/api/jury/assignments/{id}/evaluation/submit", submitted).then().statusCode(200);

        api(c.admin().token()).body(Map.of("submissionId", c.projects().get(0), "jurorId", drafting.id(),
                        "reason", "Même établissement l'an dernier"))
                .post("/api/editions/{id}/conflicts", c.edition()).then().statusCode(201)
                .body("assignmentRemoved", equalTo(true));
        assertThat(fixtures.count("SELECT COUNT(*) FROM assignment WHERE id = ?", draft)).isZero();
        assertThat(fixtures.count("SELECT COUNT(*) FROM evaluation WHERE assignment_id = ?", draft)).isZero();
        assertThat(fixtures.rows("SELECT action, actor_id FROM audit_log WHERE entity_type = 'ASSIGNMENT' AND entity_id = ? "
                + "ORDER BY id", draft)).extracting(r -> r.get("action")).containsExactly("CREATE", "CONFLICT");
        api(drafting.token()).get("/api/jury/assignments/{id}", draft).then().statusCode(404);

        api(c.admin().token()).body(Map.of("submissionId", c.projects().get(1), "jurorId", done.id(), "reason", "Trop tard"))
                .post("/api/editions/{id}/conflicts", c.edition()).then().statusCode(409)
                .body("type", endsWith("/evaluation-submitted"));
        assertThat(fixtures.count("SELECT COUNT(*) FROM conflict WHERE submission_id = ?", c.projects().get(1))).isZero();
        api(c.admin().token()).body(Map.of("submissionId", c.projects().get(1), "jurorId", c.teachers().get(0).id(),
                "reason", "Pas un juré")).post("/api/editions/{id}/conflicts", c.edition()).then().statusCode(404);
        api(c.admin().token()).body(Map.of("submissionId", 987654321L, "jurorId", done.id(), "reason", "Inconnu"))
                .post("/api/editions/{id}/conflicts", c.edition()).then().statusCode(404);
        long draftEdition = fixtures.draftEdition(c.admin());
        api(c.admin().token()).body(Map.of("submissionId", c.projects().get(0), "jurorId", done.id(), "reason", "Hors phase"))
                .post("/api/editions/{id}/conflicts", draftEdition).then().statusCode(409)
                .body("type", endsWith("/conflicts-closed"));
    }

    @Test
    void shouldKeepConflictsToAdmins() {
        Competition c = fixtures.competition(Map.of(), null, List.of(Fixtures.completeProject("Projet discret")));
        User juror = fixtures.juror();
        Map<String, Object> body = Map.of("submissionId", c.projects().get(0), "jurorId", juror.id(), "reason", "Je le connais");
        api(juror.token()).get("/api/editions/{id}/conflicts", c.edition()).then().statusCode(403);
        api(c.teachers().get(0).token()).get("/api/editions/{id}/conflicts", c.edition()).then().statusCode(403);
        api().get("/api/editions/{id}/conflicts", c.edition()).then().statusCode(401);
        api(juror.token()).body(body).post("/api/editions/{id}/conflicts", c.edition()).then().statusCode(403);
        api(c.teachers().get(0).token()).body(body).post("/api/editions/{id}/conflicts", c.edition()).then().statusCode(403);
        assertThat(fixtures.count("SELECT COUNT(*) FROM conflict WHERE submission_id = ?", c.projects().get(0))).isZero();
        api(c.admin().token()).get("/api/editions/{id}/conflicts", 987654321L).then().statusCode(404);
    }
}
