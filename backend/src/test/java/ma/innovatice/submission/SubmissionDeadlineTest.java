package ma.innovatice.submission;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.User;
import ma.innovatice.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static ma.innovatice.testing.Api.api;
import static ma.innovatice.testing.Api.multipart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/** The server clock decides: one second before the closing instant passes, the instant itself does not. */
@QuarkusTest
class SubmissionDeadlineTest {

    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    Fixtures fixtures;

    @Inject
    MutableClock clock;

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    private record Setup(User teacher, long edition, Instant closesAt, long draft) {
    }

    private Setup openEditionWithProjects() {
        User admin = fixtures.admin();
        long edition = fixtures.editionIn(admin, "OPEN");
        Instant closesAt = Instant.parse(api().get("/api/editions/{id}", edition).jsonPath().getString("submissionsCloseAt"));
        User teacher = fixtures.teacher();
        long draft = fixtures.draftProject(teacher, edition, Fixtures.completeProject("Brouillon"));
        fixtures.submittedProject(fixtures.teacher(), edition);
        return new Setup(teacher, edition, closesAt, draft);
    }

    @Test
    void shouldAcceptEveryChangeOneSecondBeforeTheClosingInstant() {
        Setup setup = openEditionWithProjects();
        clock.pin(setup.closesAt().minusSeconds(1));

        Map<String, Object> edit = new HashMap<>(Fixtures.completeProject("Dernière retouche"));
        edit.put("version", 0);
        api(setup.teacher().token()).body(edit).put("/api/submissions/{id}", setup.draft()).then().statusCode(200);
        multipart(setup.teacher().token()).multiPart("files", "plan.pdf", PDF, "application/pdf")
                .post("/api/submissions/{id}/attachments", setup.draft()).then().statusCode(201);
        api(setup.teacher().token()).post("/api/submissions/{id}/submit", setup.draft()).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("submittedAt", equalTo(setup.closesAt().minusSeconds(1).toString()));
        User late = fixtures.teacher();
        api(late.token()).body(Map.of("title", "Juste à temps")).post("/api/editions/{id}/submissions", setup.edition())
                .then().statusCode(201);
        api(setup.teacher().token()).post("/api/submissions/{id}/withdraw", setup.draft()).then().statusCode(200);
    }

    @Test
    void shouldRefuseEveryChangeAtAndAfterTheClosingInstant() {
        Setup setup = openEditionWithProjects();
        for (Instant now : new Instant[] {setup.closesAt(), setup.closesAt().plusSeconds(3600)}) {
            clock.pin(now);
            Map<String, Object> edit = new HashMap<>(Fixtures.completeProject("Trop tard"));
            edit.put("version", 0);
            api(setup.teacher().token()).body(edit).put("/api/submissions/{id}", setup.draft()).then()
                    .statusCode(409).body("type", endsWith("/submissions-closed"));
            api(setup.teacher().token()).post("/api/submissions/{id}/submit", setup.draft()).then()
                    .statusCode(409).body("type", endsWith("/submissions-closed"));
            api(setup.teacher().token()).delete("/api/submissions/{id}", setup.draft()).then().statusCode(409);
            multipart(setup.teacher().token()).multiPart("files", "plan.pdf", PDF, "application/pdf")
                    .post("/api/submissions/{id}/attachments", setup.draft()).then().statusCode(409);
            api(fixtures.teacher().token()).body(Map.of("title", "Trop tard")).post("/api/editions/{id}/submissions",
                    setup.edition()).then().statusCode(409).body("type", endsWith("/submissions-closed"));
        }
        assertThat(fixtures.rows("SELECT status, title FROM submission WHERE id = ?", setup.draft()).get(0))
                .containsEntry("status", "DRAFT").containsEntry("title", "Brouillon");
        assertThat(fixtures.count("SELECT COUNT(*) FROM attachment WHERE submission_id = ?", setup.draft())).isZero();
        assertThat(fixtures.count("SELECT COUNT(*) FROM submission WHERE edition_id = ?", setup.edition())).isEqualTo(2);
        api(fixtures.teacher().token()).get("/api/editions/{id}", setup.edition()).then()
                .body("acceptingSubmissions", equalTo(false));
    }

    @Test
    void shouldRefuseWithdrawingAfterTheClosingInstant() {
        Setup setup = openEditionWithProjects();
        User teacher = fixtures.teacher();
        long submitted = fixtures.submittedProject(teacher, setup.edition());
        clock.pin(setup.closesAt());
        api(teacher.token()).post("/api/submissions/{id}/withdraw", submitted).then().statusCode(409)
                .body("type", endsWith("/submissions-closed"));
        assertThat(fixtures.rows("SELECT status FROM submission WHERE id = ?", submitted).get(0).get("status"))
                .isEqualTo("SUBMITTED");
    }

    @Test
    void shouldRefuseChangesBeforeTheOpeningInstantAndOnceTheEditionHasMovedOn() {
        User admin = fixtures.admin();
        long edition = fixtures.editionIn(admin, "OPEN");
        Instant opensAt = Instant.parse(api().get("/api/editions/{id}", edition).jsonPath().getString("submissionsOpenAt"));
        clock.pin(opensAt.minusSeconds(1));
        api(fixtures.teacher().token()).header("Accept-Language", "en").body(Map.of("title", "Trop tôt")).post("/api/editions/{id}/submissions", edition)
                .then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("opens at"));
        clock.pin(opensAt);
        User teacher = fixtures.teacher();
        long draft = fixtures.draftProject(teacher, edition, Fixtures.completeProject("À l'heure"));
        clock.release();

        fixtures.move(admin, edition, "EVALUATION");
        api(teacher.token()).post("/api/submissions/{id}/submit", draft).then().statusCode(409)
                .body("type", endsWith("/submissions-closed"));
        long draftEdition = fixtures.draftEdition(admin);
        api(teacher.token()).body(Map.of("title", "Édition brouillon")).post("/api/editions/{id}/submissions", draftEdition)
                .then().statusCode(404);
    }
}
