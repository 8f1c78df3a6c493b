package ma.innovatice.submission;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.User;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static ma.innovatice.testing.Api.api;
import static ma.innovatice.testing.Api.multipart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Issue 20, point 1: a project declares whether its evidence shows pupils and, if so, that the parents'
 * authorisations are held; their scans are read by the author and the administrators only.
 */
@QuarkusTest
class PupilsDeclarationTest {

    @Inject
    Fixtures fixtures;

    private static Map<String, Object> undeclared(String title) {
        Map<String, Object> body = new HashMap<>(Fixtures.completeProject(title));
        body.remove("evidenceShowsPupils");
        return body;
    }

    private long version(User teacher, long id) {
        return api(teacher.token()).get("/api/submissions/{id}", id).jsonPath().getLong("version");
    }

    @Test
    void shouldRefuseToSubmitWithoutTheDeclarationNamingTheField() {
        User teacher = fixtures.teacher();
        long edition = fixtures.editionIn(fixtures.admin(), "OPEN");
        long id = fixtures.draftProject(teacher, edition, undeclared("Radio scolaire"));
        api(teacher.token()).get("/api/submissions/{id}", id).then()
                .body("evidenceShowsPupils", nullValue())
                .body("parentalAuthorisationsHeld", equalTo(false))
                .body("missingForSubmission", contains("evidenceShowsPupils"));
        api(teacher.token()).header("Accept-Language", "en").post("/api/submissions/{id}/submit", id).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/incomplete-submission"))
                .body("errors.field", contains("evidenceShowsPupils"))
                .body("errors[0].message", equalTo("is required to submit: say whether the evidence shows pupils"));

        // Pupils shown, authorisations not declared: still refused, on the authorisations.
        Map<String, Object> shows = undeclared("Radio scolaire");
        shows.put("evidenceShowsPupils", true);
        shows.put("version", version(teacher, id));
        api(teacher.token()).body(shows).put("/api/submissions/{id}", id).then().statusCode(200)
                .body("evidenceShowsPupils", equalTo(true))
                .body("missingForSubmission", contains("parentalAuthorisationsHeld"));
        api(teacher.token()).post("/api/submissions/{id}/submit", id).then().statusCode(422)
                .body("errors.field", contains("parentalAuthorisationsHeld"));
        assertThat(fixtures.rows("SELECT status FROM submission WHERE id = ?", id).get(0).get("status")).isEqualTo("DRAFT");

        // An answer left out of an autosave keeps the stored one; the authorisations held, it is submitted.
        Map<String, Object> held = undeclared("Radio scolaire");
        held.put("parentalAuthorisationsHeld", true);
        held.put("version", version(teacher, id));
        api(teacher.token()).body(held).put("/api/submissions/{id}", id).then().statusCode(200)
                .body("evidenceShowsPupils", equalTo(true)).body("parentalAuthorisationsHeld", equalTo(true));
        api(teacher.token()).post("/api/submissions/{id}/submit", id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        assertThat(fixtures.rows("SELECT evidence_shows_pupils, parental_authorisations_held FROM submission WHERE id = ?",
                id).get(0)).containsEntry("evidence_shows_pupils", true).containsEntry("parental_authorisations_held", true);
    }

    @Test
    void shouldClearTheAuthorisationsWhenNoPupilIsShownAndRefuseThemAlone() {
        User teacher = fixtures.teacher();
        long edition = fixtures.editionIn(fixtures.admin(), "OPEN");
        long id = fixtures.draftProject(teacher, edition, undeclared("Potager connecté"));
        Map<String, Object> alone = undeclared("Potager connecté");
        alone.put("parentalAuthorisationsHeld", true);
        alone.put("version", version(teacher, id));
        api(teacher.token()).body(alone).put("/api/submissions/{id}", id).then().statusCode(400)
                .body("errors.field", contains("parentalAuthorisationsHeld"));

        Map<String, Object> shows = undeclared("Potager connecté");
        shows.put("evidenceShowsPupils", true);
        shows.put("parentalAuthorisationsHeld", true);
        shows.put("version", version(teacher, id));
        api(teacher.token()).body(shows).put("/api/submissions/{id}", id).then().statusCode(200);
        Map<String, Object> none = undeclared("Potager connecté");
        none.put("evidenceShowsPupils", false);
        none.put("version", version(teacher, id));
        api(teacher.token()).body(none).put("/api/submissions/{id}", id).then().statusCode(200)
                .body("evidenceShowsPupils", equalTo(false)).body("parentalAuthorisationsHeld", equalTo(false))
                .body("missingForSubmission", empty());
        assertThat(fixtures.count("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'SUBMISSION' AND entity_id = ? "
                + "AND action = 'UPDATE' AND after_state LIKE '%evidenceShowsPupils%'", id)).isEqualTo(2);
    }

    @Test
    void shouldKeepTheAuthorisationScansFromJurorsCoordinatorsAndOtherTeachers() {
        Map<String, Object> project = new HashMap<>(Fixtures.completeProject("Théâtre filmé en classe"));
        project.put("evidenceShowsPupils", true);
        project.put("parentalAuthorisationsHeld", true);
        project.put("regionCode", "MA-04");
        User admin = fixtures.admin();
        long edition = fixtures.editionIn(admin, "OPEN");
        User teacher = fixtures.teacher();
        long id = fixtures.draftProject(teacher, edition, project);
        multipart(teacher.token()).multiPart("files", "seance.pdf", AttachmentTest.PDF, "application/pdf")
                .post("/api/submissions/{id}/attachments", id).then().statusCode(201);
        long scan = multipart(teacher.token()).multiPart("files", "autorisations parents.pdf", AttachmentTest.PDF,
                        "application/pdf").multiPart("purpose", "AUTHORISATION")
                .post("/api/submissions/{id}/attachments", id).then().statusCode(201)
                .body("filename", contains("autorisations parents.pdf")).extract().jsonPath().getLong("[0].id");
        api(teacher.token()).post("/api/submissions/{id}/submit", id).then().statusCode(200);
        fixtures.move(admin, edition, "EVALUATION");
        assertThat(fixtures.rows("SELECT purpose FROM attachment WHERE id = ?", scan).get(0).get("purpose"))
                .isEqualTo("AUTHORISATION");

        // The author and the administrators see it, apart from the evidence.
        for (User reader : new User[] {teacher, admin}) {
            api(reader.token()).get("/api/submissions/{id}", id).then().statusCode(200)
                    .body("attachments.filename", contains("seance.pdf"))
                    .body("authorisations.filename", contains("autorisations parents.pdf"));
            api(reader.token()).get("/api/submissions/{id}/attachments/{a}", id, scan).then().statusCode(200);
        }
        // Another teacher finds nothing.
        User other = fixtures.teacher();
        api(other.token()).get("/api/submissions/{id}/attachments/{a}", id, scan).then().statusCode(404);

        // The juror reads the evidence as before, never the scan: not listed, not downloadable.
        User juror = fixtures.juror();
        long assignment = fixtures.assign(admin, edition, id, juror);
        api(juror.token()).get("/api/jury/assignments/{id}", assignment).then().statusCode(200)
                .body("submission.attachments.label", contains("Pièce 1"))
                .body("submission.attachments.id", not(hasItem((int) scan)));
        long evidence = api(juror.token()).get("/api/jury/assignments/{id}", assignment).jsonPath()
                .getLong("submission.attachments[0].id");
        api(juror.token()).get("/api/jury/assignments/{id}/attachments/{a}", assignment, evidence).then().statusCode(200);
        api(juror.token()).get("/api/jury/assignments/{id}/attachments/{a}", assignment, scan).then().statusCode(404)
                .contentType("application/problem+json");
        api(juror.token()).get("/api/submissions/{id}/attachments/{a}", id, scan).then().statusCode(403);

        // The regional coordinator neither: no route to the file, and the counts it reads leave it out.
        User coordinator = fixtures.coordinator("MA-04");
        api(coordinator.token()).get("/api/submissions/{id}/attachments/{a}", id, scan).then().statusCode(403);
        api(admin.token()).queryParam("editionId", edition).get("/api/submissions").then().statusCode(200)
                .body("items.attachmentCount", contains(1));
    }

    @Test
    void shouldAcceptOnlyScansAsAuthorisationsAndCountThemApart() throws Exception {
        User teacher = fixtures.teacher();
        long edition = fixtures.editionIn(fixtures.admin(), "OPEN");
        long id = fixtures.draftProject(teacher, edition, Fixtures.completeProject("Atelier photo"));
        multipart(teacher.token()).multiPart("files", "autorisations.docx", AttachmentTest.docx(), "application/pdf")
                .multiPart("purpose", "AUTHORISATION").post("/api/submissions/{id}/attachments", id).then()
                .statusCode(415).body("errors[0].field", equalTo("files[0]"));
        multipart(teacher.token()).multiPart("files", "a.pdf", AttachmentTest.PDF, "application/pdf")
                .multiPart("purpose", "PUBLIC").post("/api/submissions/{id}/attachments", id).then()
                .statusCode(400).body("errors.field", hasItem("purpose"));
        assertThat(fixtures.count("SELECT COUNT(*) FROM attachment WHERE submission_id = ?", id)).isZero();

        // The evidence limit (4 in tests) is not used up by the scans, nor the reverse.
        multipart(teacher.token()).multiPart("files", "1.pdf", AttachmentTest.PDF, "application/pdf")
                .multiPart("files", "2.png", AttachmentTest.PNG, "image/png")
                .multiPart("files", "3.jpg", AttachmentTest.JPEG, "image/jpeg")
                .multiPart("purpose", "AUTHORISATION").post("/api/submissions/{id}/attachments", id).then()
                .statusCode(201);
        multipart(teacher.token()).multiPart("files", "e1.pdf", AttachmentTest.PDF, "application/pdf")
                .multiPart("files", "e2.pdf", AttachmentTest.PDF, "application/pdf")
                .multiPart("files", "e3.pdf", AttachmentTest.PDF, "application/pdf")
                .multiPart("files", "e4.pdf", AttachmentTest.PDF, "application/pdf")
                .post("/api/submissions/{id}/attachments", id).then().statusCode(201);
        api(teacher.token()).get("/api/submissions/{id}", id).then()
                .body("attachments.filename", containsInAnyOrder("e1.pdf", "e2.pdf", "e3.pdf", "e4.pdf"))
                .body("authorisations.filename", containsInAnyOrder("1.pdf", "2.png", "3.jpg"));
        multipart(teacher.token()).multiPart("files", "5.pdf", AttachmentTest.PDF, "application/pdf")
                .multiPart("files", "6.pdf", AttachmentTest.PDF, "application/pdf")
                .multiPart("purpose", "AUTHORISATION").post("/api/submissions/{id}/attachments", id).then()
                .statusCode(400).body("errors.field", hasItem("files"));
    }
}
