package ma.innovatice.anonymity;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import ma.innovatice.testing.Api;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.User;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static ma.innovatice.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class AnonymityApiTest {

    private static final String DESCRIPTION = "Pendant six semaines, les élèves de Mme AMINA el-idrissi ont programmé "
            + "une application de tri.";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    Fixtures fixtures;

    /** An OPEN edition (blind or not) and a draft of Amina El Idrissi that names her in its description. */
    private record Call(User admin, long edition, User teacher, long project) {
    }

    private Call call(boolean blind) {
        User admin = fixtures.admin();
        Map<String, Object> edition = Fixtures.editionBody(Fixtures.nextEditionNumber());
        edition.put("blindReview", blind);
        long editionId = api(admin.token()).body(edition).post("/api/editions").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        fixtures.move(admin, editionId, "OPEN");
        User teacher = fixtures.teacher();
        fixtures.execute("UPDATE account SET first_name = 'Amina', last_name = 'El Idrissi' WHERE id = ?", teacher.id());
        Map<String, Object> body = new HashMap<>(Fixtures.completeProject("Trier les déchets au collège"));
        body.put("description", DESCRIPTION);
        body.put("schoolName", "Collège Ibn Sina");
        body.put("coAuthors", List.of("Karim Benali"));
        long project = fixtures.draftProject(teacher, editionId, body);
        return new Call(admin, editionId, teacher, project);
    }

    private static void upload(User teacher, long project, String name, byte[] bytes, String type) {
        Api.multipart(teacher.token()).multiPart("files", name, bytes, type)
                .post("/api/submissions/{id}/attachments", project).then().statusCode(201);
    }

    private static JsonPath anonymity(User teacher, long project) {
        return api(teacher.token()).get("/api/submissions/{id}/anonymity", project).then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void shouldShowTheAuthorWhereHerIdentityAppearsInHerFieldsAndFiles() {
        Call c = call(true);
        upload(c.teacher(), c.project(), "rapport.pdf", Documents.pdf(List.of("Rapport du projet",
                "Redige par Amina El Idrissi")), "application/pdf");
        upload(c.teacher(), c.project(), "journal.docx", Documents.docx("Journal de bord", "College IBN SINA"), DOCX);
        upload(c.teacher(), c.project(), "vide.pdf", "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
                "application/pdf");

        JsonPath report = anonymity(c.teacher(), c.project());
        assertThat(report.getBoolean("blind")).isTrue();
        assertThat(report.getList("findings", Map.class)).anySatisfy(f -> {
            assertThat(f.get("field")).isEqualTo("description");
            assertThat(f.get("kind")).isEqualTo("NAME");
            assertThat(f.get("term")).isEqualTo("AMINA el-idrissi");
            assertThat((String) f.get("excerpt")).contains("les élèves de Mme AMINA el-idrissi ont programmé");
        });
        assertThat(report.getList("findings", Map.class)).anySatisfy(f -> {
            assertThat(f.get("filename")).isEqualTo("rapport.pdf");
            assertThat(f.get("page")).isEqualTo(2);
            assertThat(f.get("kind")).isEqualTo("NAME");
        });
        assertThat(report.getList("findings", Map.class)).anySatisfy(f -> {
            assertThat(f.get("filename")).isEqualTo("journal.docx");
            assertThat(f.get("page")).isNull();
            assertThat(f.get("kind")).isEqualTo("SCHOOL");
        });
        assertThat(report.getList("findings.field")).as("co-authors and school are names by design")
                .doesNotContain("coAuthors", "schoolName");
        assertThat(report.getList("files", Map.class)).extracting(f -> f.get("filename") + ":" + f.get("checked")
                + ":" + f.get("reason")).containsExactly("rapport.pdf:true:null", "journal.docx:true:null",
                "vide.pdf:false:UNREADABLE");
        assertThat(fixtures.count("SELECT COUNT(*) FROM anonymity_scan WHERE submission_id = ?", c.project())).isEqualTo(1);

        // Another teacher finds nothing.
        api(fixtures.teacher().token()).get("/api/submissions/{id}/anonymity", c.project()).then().statusCode(404);

        // The author takes her name out of the description: the next reading scans again.
        Map<String, Object> body = new HashMap<>(Fixtures.completeProject("Trier les déchets au collège"));
        body.put("schoolName", "Collège Ibn Sina");
        body.put("version", api(c.teacher().token()).get("/api/submissions/{id}", c.project()).jsonPath().getLong("version"));
        api(c.teacher().token()).body(body).put("/api/submissions/{id}", c.project()).then().statusCode(200);
        JsonPath again = anonymity(c.teacher(), c.project());
        assertThat(again.getList("findings.field")).doesNotContain("description");
        assertThat(again.getList("findings.filename")).contains("rapport.pdf", "journal.docx");
    }

    @Test
    void shouldAnswerPlainlyForAnEditionThatIsNotBlind() {
        Call c = call(false);
        api(c.teacher().token()).get("/api/submissions/{id}/anonymity", c.project()).then().statusCode(200)
                .body("blind", equalTo(false)).body("findings", empty()).body("files", empty());
        api(c.teacher().token()).post("/api/submissions/{id}/submit", c.project()).then().statusCode(200);
        api(c.admin().token()).get("/api/editions/{id}/anonymity", c.edition()).then().statusCode(200)
                .body("blind", equalTo(false)).body("items", empty()).body("total", equalTo(0));
        assertThat(fixtures.count("SELECT COUNT(*) FROM anonymity_scan WHERE submission_id = ?", c.project())).isZero();
        api(c.admin().token()).body(Map.of("field", "description", "text", "Un texte neutre."))
                .post("/api/submissions/{id}/redactions", c.project()).then().statusCode(409)
                .body("type", endsWith("/not-redactable"));
    }

    @Test
    void shouldListFlaggedProjectsAndRedactAFieldKeepingTheOriginalInTheAudit() {
        Call c = call(true);
        api(c.teacher().token()).post("/api/submissions/{id}/submit", c.project()).then().statusCode(200);
        assertThat(fixtures.count("SELECT COUNT(*) FROM anonymity_scan WHERE submission_id = ? AND findings_count = 1",
                c.project())).as("scanned at submit").isEqualTo(1);
        long clean = fixtures.submittedProject(fixtures.teacher(), c.edition());
        fixtures.draftProject(fixtures.teacher(), c.edition(), Map.of("title", "Brouillon de Amina El Idrissi"));

        JsonPath list = api(c.admin().token()).get("/api/editions/{id}/anonymity", c.edition()).then().statusCode(200)
                .body("blind", equalTo(true)).body("pending", equalTo(0)).extract().jsonPath();
        assertThat(list.getList("items.submissionId", Long.class)).containsExactly(c.project()).doesNotContain(clean);
        assertThat(list.getInt("items[0].findingsCount")).isEqualTo(1);
        assertThat(list.getList("items[0].kinds")).containsExactly("NAME");
        assertThat(list.getBoolean("items[0].assigned")).isFalse();
        assertThat(list.getList("items[0].findings.field")).containsExactly("description");
        assertThat(list.getList("items[0].terms.text")).contains("Amina El Idrissi", "Collège Ibn Sina", "Karim Benali");

        String redacted = "Pendant six semaines, les élèves de l'enseignante ont programmé une application de tri.";
        api(c.admin().token()).body(Map.of("field", "description", "text", redacted))
                .post("/api/submissions/{id}/redactions", c.project()).then().statusCode(200)
                .body("findings", empty()).body("blind", equalTo(true));
        assertThat(fixtures.rows("SELECT description FROM submission WHERE id = ?", c.project()).get(0).get("description"))
                .isEqualTo(redacted);
        List<Map<String, Object>> audit = fixtures.rows("SELECT before_state, after_state, actor_id FROM audit_log "
                + "WHERE entity_type = 'SUBMISSION' AND entity_id = ? AND action = 'REDACT'", c.project());
        assertThat(audit).hasSize(1);
        assertThat((String) audit.get(0).get("before_state")).contains("AMINA el-idrissi");
        assertThat((String) audit.get(0).get("after_state")).contains("l'enseignante");
        assertThat(((Number) audit.get(0).get("actor_id")).longValue()).isEqualTo(c.admin().id());
        api(c.admin().token()).get("/api/editions/{id}/anonymity", c.edition()).then().statusCode(200)
                .body("items", empty()).body("total", equalTo(0));
        // The teacher's history shows an administrator's change.
        api(c.teacher().token()).get("/api/submissions/{id}/history", c.project()).then().statusCode(200)
                .body("actorRole", hasItem("ADMIN"));
    }

    @Test
    void shouldRefuseABadFieldOrTextWithoutChangingAnything() {
        Call c = call(true);
        api(c.teacher().token()).post("/api/submissions/{id}/submit", c.project()).then().statusCode(200);
        api(c.admin().token()).body(Map.of("field", "discipline", "text", "Sciences"))
                .post("/api/submissions/{id}/redactions", c.project()).then().statusCode(422)
                .body("type", endsWith("/invalid-redaction")).body("errors.field", contains("field"));
        api(c.admin().token()).body(Map.of("field", "title", "text", "ab"))
                .post("/api/submissions/{id}/redactions", c.project()).then().statusCode(422)
                .body("errors.field", contains("text"));
        api(c.admin().token()).body(Map.of("field", "title", "text", "Un titre\nsur deux lignes"))
                .post("/api/submissions/{id}/redactions", c.project()).then().statusCode(422)
                .body("errors.field", contains("text"));
        api(c.admin().token()).body(Map.of("field", "summary", "text", "x".repeat(1001)))
                .post("/api/submissions/{id}/redactions", c.project()).then().statusCode(422);
        api(c.admin().token()).body(Map.of("field", "description", "text", "Sans nom."))
                .post("/api/submissions/{id}/redactions", Long.MAX_VALUE).then().statusCode(404);
        assertThat(fixtures.rows("SELECT description FROM submission WHERE id = ?", c.project()).get(0).get("description"))
                .isEqualTo(DESCRIPTION);
        assertThat(fixtures.count("SELECT COUNT(*) FROM audit_log WHERE entity_id = ? AND action = 'REDACT'",
                c.project())).isZero();
    }

    @Test
    void shouldRefuseARedactionOnceTheProjectIsAssigned() {
        Call c = call(true);
        api(c.teacher().token()).post("/api/submissions/{id}/submit", c.project()).then().statusCode(200);
        fixtures.move(c.admin(), c.edition(), "EVALUATION");
        fixtures.assign(c.admin(), c.edition(), c.project(), fixtures.juror());
        api(c.admin().token()).get("/api/editions/{id}/anonymity", c.edition()).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].assigned", equalTo(true))
                .body("items[0].status", equalTo("UNDER_REVIEW"));
        api(c.admin().token()).body(Map.of("field", "description", "text", "Un texte neutre."))
                .post("/api/submissions/{id}/redactions", c.project()).then().statusCode(409)
                .body("type", endsWith("/already-assigned"));
        assertThat(fixtures.rows("SELECT description FROM submission WHERE id = ?", c.project()).get(0).get("description"))
                .isEqualTo(DESCRIPTION);
    }
}
