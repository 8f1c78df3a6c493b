package ma.innovatice.submission;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.User;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static ma.innovatice.testing.Api.api;
import static ma.innovatice.testing.Api.invalidRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class SubmissionLifecycleTest {

    @Inject
    Fixtures fixtures;

    @Test
    void shouldStartADraftWithTheTeachersProfileAsDefaults() {
        User admin = fixtures.admin();
        User teacher = fixtures.teacher();
        long edition = fixtures.editionIn(admin, "OPEN");
        api(teacher.token()).body(Map.of("regionCode", "MA-07", "schoolName", "École Ibn Sina", "schoolLevel", "PRIMAIRE",
                "discipline", "Mathématiques")).patch("/api/me").then().statusCode(200);

        var response = api(teacher.token()).body(Map.of("title", "Robotique au primaire"))
                .post("/api/editions/{id}/submissions", edition);
        long id = response.then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("edition.id", equalTo((int) edition))
                .body("author.id", equalTo((int) teacher.id()))
                .body("regionCode", equalTo("MA-07"))
                .body("schoolName", equalTo("École Ibn Sina"))
                .body("schoolLevel", equalTo("PRIMAIRE"))
                .body("discipline", equalTo("Mathématiques"))
                .body("editable", equalTo(true))
                .body("missingForSubmission", containsInAnyOrder("summary", "description", "technologies", "pupilsCount",
                        "evidenceShowsPupils"))
                .extract().jsonPath().getLong("id");
        assertThat(response.header("Location")).endsWith("/api/submissions/" + id);
        assertThat(fixtures.rows("SELECT status, author_id, region_code FROM submission WHERE id = ?", id).get(0))
                .containsEntry("status", "DRAFT").containsEntry("author_id", teacher.id()).containsEntry("region_code", "MA-07");
    }

    @Test
    void shouldAllowOneActiveProjectPerTeacherAndEdition() {
        User admin = fixtures.admin();
        User teacher = fixtures.teacher();
        long edition = fixtures.editionIn(admin, "OPEN");
        long first = fixtures.submittedProject(teacher, edition);
        api(teacher.token()).body(Map.of("title", "Un second projet")).post("/api/editions/{id}/submissions", edition)
                .then().statusCode(409).body("type", endsWith("/duplicate-submission"));
        assertThat(fixtures.count("SELECT COUNT(*) FROM submission WHERE author_id = ? AND edition_id = ?", teacher.id(), edition))
                .isEqualTo(1);

        api(teacher.token()).post("/api/submissions/{id}/withdraw", first).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        long second = fixtures.draftProject(teacher, edition, Fixtures.completeProject("Un second projet"));
        api(teacher.token()).post("/api/submissions/{id}/submit", first).then().statusCode(409)
                .body("type", endsWith("/duplicate-submission"));
        api(fixtures.teacher().token()).body(Map.of("title", "Projet d'une collègue"))
                .post("/api/editions/{id}/submissions", edition).then().statusCode(201);
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void shouldListWhatIsMissingBeforeSubmitting() {
        User admin = fixtures.admin();
        User teacher = fixtures.teacher();
        long edition = fixtures.editionIn(admin, "OPEN");
        long id = fixtures.draftProject(teacher, edition, Map.of("title", "Projet incomplet"));
        api(teacher.token()).header("Accept-Language", "en").post("/api/submissions/{id}/submit", id).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/incomplete-submission"))
                .body("errors.field", hasItems("summary", "description", "discipline", "schoolLevel", "regionCode",
                        "schoolName", "technologies", "pupilsCount"))
                .body("errors[0].message", equalTo("is required to submit"));
        assertThat(fixtures.rows("SELECT status FROM submission WHERE id = ?", id).get(0).get("status")).isEqualTo("DRAFT");
    }

    @Test
    void shouldSubmitEditAndResubmitWhileTheCallIsOpen() {
        User admin = fixtures.admin();
        User teacher = fixtures.teacher();
        long edition = fixtures.editionIn(admin, "OPEN");
        long id = fixtures.draftProject(teacher, edition, Fixtures.completeProject("Tri des déchets"));
        api(teacher.token()).post("/api/submissions/{id}/submit", id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("submittedAt", notNullValue())
                .body("missingForSubmission.size()", equalTo(0));

        Map<String, Object> changed = new HashMap<>(Fixtures.completeProject("Tri des déchets, version 2"));
        changed.put("version", api(teacher.token()).get("/api/submissions/{id}", id).jsonPath().getLong("version"));
        api(teacher.token()).body(changed).put("/api/submissions/{id}", id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("title", equalTo("Tri des déchets, version 2"));

        Map<String, Object> stripped = new HashMap<>(changed);
        stripped.remove("summary");
        stripped.put("version", (Long) changed.get("version") + 1);
        api(teacher.token()).body(stripped).put("/api/submissions/{id}", id).then().statusCode(422)
                .body("errors.field", contains("summary"));
        api(teacher.token()).body(changed).put("/api/submissions/{id}", id).then().statusCode(409)
                .body("type", endsWith("/stale-version"));
        api(teacher.token()).post("/api/submissions/{id}/submit", id).then().statusCode(200).body("status", equalTo("SUBMITTED"));

        assertThat(fixtures.rows("SELECT title, summary FROM submission WHERE id = ?", id).get(0))
                .containsEntry("title", "Tri des déchets, version 2").containsEntry("summary", changed.get("summary"));
        api(teacher.token()).get("/api/submissions/{id}/history", id).then().statusCode(200)
                .body("action", contains("CREATE", "STATUS", "UPDATE", "STATUS"))
                .body("[1].fromStatus", equalTo("DRAFT")).body("[1].toStatus", equalTo("SUBMITTED"))
                .body("[2].changedFields", contains("title"))
                .body("[2].actorRole", equalTo("TEACHER"))
                .body("[3].fromStatus", equalTo("SUBMITTED"));
    }

    @Test
    void shouldWithdrawOnlySubmittedProjectsAndDeleteOnlyDrafts() {
        User admin = fixtures.admin();
        User teacher = fixtures.teacher();
        long edition = fixtures.editionIn(admin, "OPEN");
        long draft = fixtures.draftProject(teacher, edition, Map.of("title", "Brouillon à jeter"));
        api(teacher.token()).post("/api/submissions/{id}/withdraw", draft).then().statusCode(409)
                .body("type", endsWith("/not-submitted"));
        api(teacher.token()).delete("/api/submissions/{id}", draft).then().statusCode(204);
        assertThat(fixtures.count("SELECT COUNT(*) FROM submission WHERE id = ?", draft)).isZero();

        long submitted = fixtures.submittedProject(teacher, edition);
        api(teacher.token()).delete("/api/submissions/{id}", submitted).then().statusCode(409)
                .body("type", endsWith("/not-draft"));
        api(teacher.token()).post("/api/submissions/{id}/withdraw", submitted).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("editable", equalTo(false));
        Map<String, Object> edit = new HashMap<>(Fixtures.completeProject("Après retrait"));
        edit.put("version", 5);
        api(teacher.token()).body(edit).put("/api/submissions/{id}", submitted).then().statusCode(409)
                .body("type", endsWith("/not-editable"));
        api(teacher.token()).post("/api/submissions/{id}/submit", submitted).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        assertThat(fixtures.rows("SELECT after_state FROM audit_log WHERE entity_type = 'SUBMISSION' AND entity_id = ? "
                + "AND action = 'STATUS' ORDER BY id", submitted).stream().map(r -> r.get("after_state")).toList())
                .containsExactly("{\"status\":\"SUBMITTED\"}", "{\"status\":\"WITHDRAWN\"}", "{\"status\":\"SUBMITTED\"}");
    }

    @Test
    void shouldRejectMassAssignmentOfStatusAuthorOrEdition() {
        User admin = fixtures.admin();
        User teacher = fixtures.teacher();
        long edition = fixtures.editionIn(admin, "OPEN");
        for (String field : List.of("status", "authorId", "editionId", "author", "score")) {
            Map<String, Object> body = new HashMap<>(Fixtures.completeProject("Tentative"));
            body.put(field, field.equals("status") ? "WINNER" : 1);
            invalidRequest(teacher.token()).body(body).post("/api/editions/{id}/submissions", edition).then()
                    .statusCode(400).body("errors.field", hasItem(field));
        }
        long id = fixtures.draftProject(teacher, edition, Fixtures.completeProject("Projet honnête"));
        Map<String, Object> body = new HashMap<>(Fixtures.completeProject("Projet honnête"));
        body.put("version", 0);
        body.put("status", "LAUREATE");
        invalidRequest(teacher.token()).body(body).put("/api/submissions/{id}", id).then().statusCode(400);
        assertThat(fixtures.rows("SELECT status FROM submission WHERE id = ?", id).get(0).get("status")).isEqualTo("DRAFT");
        assertThat(fixtures.count("SELECT COUNT(*) FROM submission WHERE author_id = ?", teacher.id())).isEqualTo(1);
    }

    @Test
    void shouldValidateTheFieldsOfAProject() {
        User admin = fixtures.admin();
        User teacher = fixtures.teacher();
        long edition = fixtures.editionIn(admin, "OPEN");
        Map<String, Object> body = new HashMap<>(Fixtures.completeProject("ok"));
        body.put("title", "ab");
        body.put("regionCode", "MA-13");
        body.put("schoolLevel", "UNIVERSITE");
        body.put("videoUrl", "javascript:alert(1)");
        body.put("pupilsCount", 0);
        invalidRequest(teacher.token()).body(body).post("/api/editions/{id}/submissions", edition).then().statusCode(400)
                .body("errors.field", hasItems("title", "regionCode", "schoolLevel", "videoUrl", "pupilsCount"));
        assertThat(fixtures.count("SELECT COUNT(*) FROM submission WHERE author_id = ?", teacher.id())).isZero();
    }

    @Test
    void shouldPutSubmittedProjectsUnderReviewWhenEvaluationStartsAndLeaveDraftsOut() {
        User admin = fixtures.admin();
        long edition = fixtures.editionIn(admin, "OPEN");
        User submitter = fixtures.teacher();
        User drafter = fixtures.teacher();
        User withdrawer = fixtures.teacher();
        long submitted = fixtures.submittedProject(submitter, edition);
        long draft = fixtures.draftProject(drafter, edition, Map.of("title", "Jamais envoyé"));
        long withdrawn = fixtures.submittedProject(withdrawer, edition);
        api(withdrawer.token()).post("/api/submissions/{id}/withdraw", withdrawn).then().statusCode(200);

        fixtures.move(admin, edition, "EVALUATION");

        api(submitter.token()).get("/api/submissions/{id}", submitted).then().statusCode(200)
                .body("status", equalTo("UNDER_REVIEW")).body("editable", equalTo(false));
        api(drafter.token()).get("/api/submissions/{id}", draft).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("editable", equalTo(false));
        assertThat(fixtures.rows("SELECT status FROM submission WHERE id = ?", withdrawn).get(0).get("status"))
                .isEqualTo("WITHDRAWN");
        api(submitter.token()).get("/api/submissions/{id}/history", submitted).then()
                .body("[-1].fromStatus", equalTo("SUBMITTED")).body("[-1].toStatus", equalTo("UNDER_REVIEW"))
                .body("[-1].actorRole", equalTo("ADMIN"));
        assertThat(fixtures.rows("SELECT actor_id FROM audit_log WHERE entity_type = 'SUBMISSION' AND entity_id = ? "
                + "AND after_state = '{\"status\":\"UNDER_REVIEW\"}'", submitted).get(0).get("actor_id")).isEqualTo(admin.id());
    }
}
