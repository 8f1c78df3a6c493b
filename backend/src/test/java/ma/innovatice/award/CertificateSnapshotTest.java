package ma.innovatice.award;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.Competition;
import ma.innovatice.testing.Fixtures.User;
import ma.innovatice.testing.ReliabilityReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ma.innovatice.testing.Api.api;
import static ma.innovatice.testing.Api.invalidRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * A certificate keeps what it was issued for: the teacher renaming themself afterwards changes
 * neither the PDF nor the public verification; a correction is an administrator's reissue, which
 * revokes the old code. Names with characters a document cannot carry are refused at the door,
 * and those already stored still print.
 */
@QuarkusTest
class CertificateSnapshotTest {

    private static final List<String> SEEN = java.util.Collections.synchronizedList(new ArrayList<>());

    @Inject
    Fixtures fixtures;

    @AfterAll
    static void report() {
        ReliabilityReport.write("certificate-snapshot", "Certificates keep what they were issued for", SEEN);
    }

    /** A published edition of two projects: the first the winner, the second taking part. */
    record Published(Competition competition, String title) {
        User admin() {
            return competition.admin();
        }

        User teacher() {
            return competition.teachers().get(0);
        }

        long project() {
            return competition.projects().get(0);
        }
    }

    Published published() {
        String title = "Le jardin connecté " + UUID.randomUUID();
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (String t : List.of(title, "Projet voisin " + UUID.randomUUID())) {
            Map<String, Object> body = new HashMap<>(Fixtures.completeProject(t));
            body.put("schoolName", "École Ibn Sina");
            bodies.add(body);
        }
        Competition c = fixtures.competition(Map.of("laureateCount", 1), null, bodies);
        User juror = fixtures.juror();
        for (long project : c.projects()) {
            fixtures.execute("INSERT INTO assignment (edition_id, round_id, submission_id, juror_id, origin, created_at) "
                    + "VALUES (?, (SELECT id FROM judging_round WHERE edition_id = ? AND position = 1), ?, ?, 'MANUAL', NOW(6))",
                    c.edition(), c.edition(), project, juror.id());
            fixtures.execute("INSERT INTO evaluation (assignment_id, edition_id, round_id, submission_id, juror_id, status, "
                    + "raw_score, submitted_at, created_at, updated_at) SELECT id, edition_id, round_id, submission_id, juror_id, "
                    + "'SUBMITTED', 80, NOW(6), NOW(6), NOW(6) FROM assignment WHERE submission_id = ? AND juror_id = ?",
                    project, juror.id());
        }
        fixtures.move(c.admin(), c.edition(), "DELIBERATION");
        api(c.admin().token()).body(Map.of("submissionId", c.projects().get(0), "kind", "WINNER", "rank", 1))
                .post("/api/editions/{id}/awards", c.edition()).then().statusCode(201);
        fixtures.move(c.admin(), c.edition(), "PUBLISHED");
        return new Published(c, title);
    }

    private String code(long project) {
        // The newest is the one in force (written without the revocation columns, so that the test also reads the
        // schema from before certificates kept what they were issued for).
        return (String) fixtures.rows("SELECT code FROM certificate WHERE submission_id = ? ORDER BY id DESC LIMIT 1",
                project).get(0).get("code");
    }

    private static String pdfText(User user, long project) throws IOException {
        byte[] pdf = api(user.token()).accept("application/pdf, application/problem+json")
                .get("/api/submissions/{id}/certificate", project).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void shouldKeepTheNameSchoolAndTitleTheCertificateWasIssuedFor() throws IOException {
        Published p = published();
        String code = code(p.project());
        String before = pdfText(p.teacher(), p.project());
        assertThat(before).contains("Prénom Nom").contains("École Ibn Sina").contains(p.title());
        String verified = api().get("/api/certificates/{code}", code).then().statusCode(200)
                .body("teacherName", equalTo("Prénom Nom")).body("projectTitle", equalTo(p.title()))
                .extract().asString();

        // The teacher edits the profile after publication; the organisers retitle the edition.
        api(p.teacher().token()).body(Map.of("firstName", "Usurpé", "lastName", "Autrement", "schoolName", "Lycée X"))
                .patch("/api/me").then().statusCode(200).body("firstName", equalTo("Usurpé"));
        fixtures.execute("UPDATE submission SET title = 'Titre réécrit', school_name = 'Ailleurs' WHERE id = ?",
                p.project());
        fixtures.execute("UPDATE edition SET title = 'Autre édition', ceremony_venue = 'Tanger' WHERE id = ?",
                p.competition().edition());

        String after = pdfText(p.teacher(), p.project());
        assertThat(after).contains("Prénom Nom").contains("École Ibn Sina").contains(p.title()).contains("Rabat")
                .doesNotContain("Usurpé").doesNotContain("Autrement").doesNotContain("Lycée X")
                .doesNotContain("Titre réécrit").doesNotContain("Tanger");
        assertThat(api().get("/api/certificates/{code}", code).then().statusCode(200).extract().asString())
                .isEqualTo(verified);
        SEEN.add("PATCH /api/me (and edits of the project and edition) after publication: the PDF text and the "
                + "verification answer stay byte for byte what was issued");
    }

    @Test
    void shouldReissueACorrectedCertificateAndAnswerThatTheOldCodeWasRevoked() throws IOException {
        Published p = published();
        String old = code(p.project());
        Map<String, Object> correction = Map.of("firstName", "Amina", "lastName", "Bennani",
                "reason", "Nom mal orthographié à l'inscription");

        // Only an administrator corrects a certificate.
        api(p.teacher().token()).body(correction).post("/api/submissions/{id}/certificate/reissue", p.project())
                .then().statusCode(403);
        api(fixtures.juror().token()).body(correction).post("/api/submissions/{id}/certificate/reissue", p.project())
                .then().statusCode(403);
        api().body(correction).post("/api/submissions/{id}/certificate/reissue", p.project()).then().statusCode(401);
        invalidRequest(p.admin().token()).body("{\"firstName\":\"Am\\uFFFFina\",\"reason\":\"x\"}")
                .post("/api/submissions/{id}/certificate/reissue", p.project()).then().statusCode(400)
                .body("errors.field", hasItem("firstName"));
        invalidRequest(p.admin().token()).body(Map.of("firstName", "Amina"))
                .post("/api/submissions/{id}/certificate/reissue", p.project()).then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        assertThat(code(p.project())).isEqualTo(old);

        Response reissued = api(p.admin().token()).body(correction)
                .post("/api/submissions/{id}/certificate/reissue", p.project());
        reissued.then().statusCode(201).body("revokedCode", equalTo(old))
                .body("certificate.holderFirstName", equalTo("Amina"))
                .body("certificate.holderLastName", equalTo("Bennani"))
                .body("certificate.schoolName", equalTo("École Ibn Sina"))
                .body("certificate.projectTitle", equalTo(p.title()))
                .body("certificate.kind", equalTo("WINNER"));
        String fresh = reissued.jsonPath().getString("certificate.code");
        assertThat(fresh).isNotEqualTo(old).isEqualTo(code(p.project()));
        assertThat(reissued.header("Location")).endsWith("/api/certificates/" + fresh);

        api().get("/api/certificates/{code}", fresh).then().statusCode(200)
                .body("teacherName", equalTo("Amina Bennani")).body("kind", equalTo("WINNER"));
        Response revoked = api().get("/api/certificates/{code}", old);
        revoked.then().statusCode(410).contentType("application/problem+json")
                .body("type", equalTo("https://innovatice.ma/problems/certificate-revoked"))
                .body("replaced", equalTo(true));
        assertThat(revoked.jsonPath().getString("revokedAt")).isNotBlank();
        assertThat(revoked.asString()).doesNotContain("Prénom").doesNotContain("Amina").doesNotContain(fresh)
                .doesNotContain("orthographié");

        String text = pdfText(p.teacher(), p.project());
        assertThat(text).contains("Amina Bennani").contains(fresh).doesNotContain(old);
        api(p.teacher().token()).get("/api/submissions/{id}/result", p.project()).then().statusCode(200)
                .body("certificateAvailable", equalTo(true));
        // The profile itself is not touched by a certificate's correction.
        api(p.teacher().token()).get("/api/me").then().statusCode(200).body("firstName", equalTo("Prénom"));

        List<Map<String, Object>> audit = fixtures.rows("SELECT action, actor_id FROM audit_log "
                + "WHERE entity_type = 'CERTIFICATE' AND entity_id IN (SELECT id FROM certificate WHERE submission_id = ?) "
                + "ORDER BY id", p.project());
        assertThat(audit).extracting(r -> r.get("action")).containsExactly("REVOKE", "REISSUE");
        assertThat(audit).extracting(r -> ((Number) r.get("actor_id")).longValue()).containsOnly(p.admin().id());

        // A second correction revokes the corrected one in turn.
        String third = api(p.admin().token()).body(Map.of("schoolName", "", "reason", "École retirée"))
                .post("/api/submissions/{id}/certificate/reissue", p.project()).then().statusCode(201)
                .body("revokedCode", equalTo(fresh)).extract().jsonPath().getString("certificate.code");
        api().get("/api/certificates/{code}", fresh).then().statusCode(410);
        api().get("/api/certificates/{code}", third).then().statusCode(200).body("teacherName", equalTo("Amina Bennani"));
        assertThat(pdfText(p.teacher(), p.project())).doesNotContain("École Ibn Sina");
        SEEN.add("admin reissue: old code answers 410 certificate-revoked without personal data, the new one verifies "
                + "with the corrected name; teacher, juror and anonymous callers refused (403/403/401)");
    }

    @Test
    void shouldRefuseNamesWithNoncharactersOrControlCharactersAtTheDoor() {
        User teacher = fixtures.teacher();
        String[] bad = {"Am\\uFFFFina", "Am\\uFFFEina", "Am\\u0007ina", "Am\\uD800ina", "Am\\nina", "Am\\uFDD0ina"};
        for (String name : bad) {
            invalidRequest(teacher.token()).body("{\"firstName\":\"" + name + "\"}").patch("/api/me").then()
                    .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("firstName"));
        }
        invalidRequest(teacher.token()).body("{\"lastName\":\"Ben\\uFFFF\",\"schoolName\":\"Ecole\\u001B\"}")
                .patch("/api/me").then().statusCode(400)
                .body("errors.field", hasItem("lastName")).body("errors.field", hasItem("schoolName"));
        api(teacher.token()).get("/api/me").then().statusCode(200).body("firstName", equalTo("Prénom"));
        // Arabic, accents, apostrophes and letters outside the first plane stay welcome.
        api(teacher.token()).body(Map.of("firstName", "أمينة", "lastName", "N'Diaye-Élise 𝒜")).patch("/api/me")
                .then().statusCode(200).body("lastName", equalTo("N'Diaye-Élise 𝒜"));

        String email = "noncharacter-" + UUID.randomUUID() + "@test.innovatice.ma";
        invalidRequest().body("{\"email\":\"" + email + "\",\"password\":\"mot-de-passe-2026\","
                        + "\"firstName\":\"Am\\uFFFFina\",\"lastName\":\"Bennani\"}")
                .post("/api/auth/register").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("firstName"));
        assertThat(fixtures.count("SELECT COUNT(*) FROM account WHERE email = ?", email)).isZero();

        // The same rule guards the other texts that reach a certificate: the project's title and school.
        long edition = fixtures.editionIn(fixtures.admin(), "OPEN");
        invalidRequest(teacher.token()).body("{\"title\":\"Projet\\uFFFF solaire\",\"schoolName\":\"\\uDC00\"}")
                .post("/api/editions/{id}/submissions", edition).then().statusCode(400)
                .body("errors.field", hasItem("title")).body("errors.field", hasItem("schoolName"));
        SEEN.add("U+FFFF, U+FFFE, U+FDD0, BEL, ESC, a line feed or an unpaired surrogate in a name: 400 naming the "
                + "field at PATCH /api/me and registration; the same for a project's title and school");
    }

    @Test
    void shouldPrintACertificateWhoseStoredNameHoldsCharactersADocumentCannotCarry() throws IOException {
        Published p = published();
        String code = code(p.project());
        // Written behind the application's back, as data from before the input rule could be.
        fixtures.execute("UPDATE certificate SET holder_first_name = ?, school_name = ? WHERE code = ?",
                "Am\uFFFFi\u0000na", "École\uFFFE Ibn\u0007 Sina", code);
        String text = pdfText(p.teacher(), p.project());
        assertThat(text).contains("Amina Nom").contains("École Ibn Sina");
        api().get("/api/certificates/{code}", code).then().statusCode(200).body("code", equalTo(code));
        SEEN.add("a certificate whose stored name holds U+FFFF and NUL: the PDF prints (200) without them");
    }
}
