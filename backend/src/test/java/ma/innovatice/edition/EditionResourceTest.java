package ma.innovatice.edition;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.User;
import ma.innovatice.testing.Races;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static ma.innovatice.testing.Api.api;
import static ma.innovatice.testing.Api.invalidRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class EditionResourceTest {

    @Inject
    Fixtures fixtures;

    @Test
    void shouldLetTheFixturesSkipAnEditionNumberTakenBehindTheirBack() {
        // The contract fuzzer creates editions with numbers of its own; a later fixture must not fail on them.
        User admin = fixtures.admin();
        int taken = Fixtures.nextEditionNumber() + 1;
        api(admin.token()).body(Fixtures.editionBody(taken)).post("/api/editions").then().statusCode(201);
        long id = fixtures.draftEdition(admin);
        api(admin.token()).get("/api/editions/{id}", id).then().statusCode(200)
                .body("number", org.hamcrest.Matchers.greaterThan(taken));
    }

    @Test
    void shouldCreateADraftEditionWithEveryField() {
        User admin = fixtures.admin();
        int number = Fixtures.nextEditionNumber();
        Map<String, Object> body = Fixtures.editionBody(number);
        var response = api(admin.token()).body(body).post("/api/editions");
        long id = response.then().statusCode(201)
                .body("number", equalTo(number))
                .body("status", equalTo("DRAFT"))
                .body("nextStatus", equalTo("OPEN"))
                .body("acceptingSubmissions", equalTo(false))
                .body("title", equalTo(body.get("title")))
                .body("submissionsCloseAt", equalTo(body.get("submissionsCloseAt")))
                .body("ceremonyDate", equalTo(body.get("ceremonyDate")))
                .body("ceremonyVenue", equalTo("Rabat"))
                .body("laureateCount", equalTo(12))
                .body("jurorsPerProject", equalTo(3))
                .body("blindReview", equalTo(true))
                .body("forum.city", equalTo("Budapest"))
                .body("version", equalTo(0))
                .extract().jsonPath().getLong("id");
        assertThat(response.header("Location")).endsWith("/api/editions/" + id);

        Map<String, Object> row = fixtures.rows("SELECT status, forum_name, submissions_close_at FROM edition WHERE id = ?", id).get(0);
        assertThat(row).containsEntry("status", "DRAFT").containsEntry("forum_name", "Global Education Forum");
        assertThat(fixtures.count("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'EDITION' AND entity_id = ? AND action = 'CREATE'", id))
                .isEqualTo(1);
    }

    @Test
    void shouldStartEveryEditionFromThe21cldRubricWithIctWeightedHighest() {
        User admin = fixtures.admin();
        long id = fixtures.draftEdition(admin);
        var rubric = api(admin.token()).get("/api/editions/{id}/criteria", id).then().statusCode(200)
                .body("code", org.hamcrest.Matchers.contains("COLLAB", "KNOW", "SELFREG", "RWPS", "ICT", "COMM"))
                .body("find { it.code == 'COLLAB' }.scaleMax", equalTo(5))
                .body("find { it.code == 'SELFREG' }.scaleMax", equalTo(4))
                .body("find { it.code == 'ICT' }.gates.size()", equalTo(4))
                .body("find { it.code == 'ICT' }.label.en", equalTo("Use of ICT for learning"))
                .body("find { it.code == 'COMM' }.gates[2].fr", equalTo("Elle est conçue pour un public précis."))
                .extract().jsonPath();
        float ict = rubric.getFloat("find { it.code == 'ICT' }.weight");
        for (float weight : rubric.getList("weight", Float.class)) {
            assertThat(weight).isPositive().isLessThanOrEqualTo(ict);
        }
        assertThat(rubric.getList("findAll { it.weight == " + ict + " }")).hasSize(1);
        for (Map<String, Object> criterion : rubric.<Map<String, Object>>getList("")) {
            int gates = ((java.util.List<?>) criterion.get("gates")).size();
            assertThat(criterion.get("scaleMin")).isEqualTo(1);
            assertThat(criterion.get("scaleMax")).isEqualTo(gates + 1);
        }
    }

    @Test
    void shouldRefuseDatesOutOfOrder() {
        User admin = fixtures.admin();
        Map<String, Object> body = Fixtures.editionBody(Fixtures.nextEditionNumber());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        body.put("submissionsOpenAt", now.plus(5, ChronoUnit.DAYS).toString());
        body.put("submissionsCloseAt", now.toString());
        body.put("evaluationCloseAt", now.minus(1, ChronoUnit.DAYS).toString());
        api(admin.token()).body(body).post("/api/editions").then().statusCode(400)
                .body("errors.field", hasItems("submissionsCloseAt", "evaluationCloseAt"));
        assertThat(fixtures.count("SELECT COUNT(*) FROM edition WHERE number = ?", body.get("number"))).isZero();
    }

    @Test
    void shouldRefuseACeremonyBeforeTheEndOfEvaluationAndInvalidFields() {
        User admin = fixtures.admin();
        Map<String, Object> body = Fixtures.editionBody(Fixtures.nextEditionNumber());
        body.put("ceremonyDate", "2000-01-01");
        api(admin.token()).body(body).post("/api/editions").then().statusCode(400)
                .body("errors.field", hasItem("ceremonyDate"));
        body = Fixtures.editionBody(Fixtures.nextEditionNumber());
        body.put("laureateCount", 0);
        body.put("title", "");
        body.put("forum", Map.of("name", "Forum", "city", "", "year", 2016));
        invalidRequest(admin.token()).body(body).post("/api/editions").then().statusCode(400)
                .body("errors.field", hasItems("laureateCount", "title", "forum.city"));
        body = Fixtures.editionBody(Fixtures.nextEditionNumber());
        body.put("submissionsOpenAt", "next monday");
        invalidRequest(admin.token()).body(body).post("/api/editions").then().statusCode(400)
                .body("errors[0].field", equalTo("submissionsOpenAt"))
                .body("errors[0].message", containsString("ISO-8601"));
    }

    @Test
    void shouldRefuseATakenNumber() {
        User admin = fixtures.admin();
        Map<String, Object> body = Fixtures.editionBody(Fixtures.nextEditionNumber());
        api(admin.token()).body(body).post("/api/editions").then().statusCode(201);
        api(admin.token()).body(body).post("/api/editions").then().statusCode(409)
                .body("type", endsWith("/duplicate-edition"));
    }

    @Test
    void shouldKeepEditionWritesToAdmins() {
        User teacher = fixtures.teacher();
        User admin = fixtures.admin();
        long id = fixtures.draftEdition(admin);
        api(teacher.token()).body(Fixtures.editionBody(Fixtures.nextEditionNumber())).post("/api/editions").then().statusCode(403);
        api().body(Fixtures.editionBody(Fixtures.nextEditionNumber())).post("/api/editions").then().statusCode(401);
        api(teacher.token()).delete("/api/editions/{id}", id).then().statusCode(403);
        api(teacher.token()).body(Map.of("to", "OPEN")).post("/api/editions/{id}/transitions", id).then().statusCode(403);
        Map<String, Object> update = Fixtures.editionBody(1);
        update.put("version", 0);
        api(fixtures.juror().token()).body(update).put("/api/editions/{id}", id).then().statusCode(403);
    }

    @Test
    void shouldShowDraftsToAdminsOnly() {
        User admin = fixtures.admin();
        long draft = fixtures.draftEdition(admin);
        long open = fixtures.editionIn(admin, "OPEN");

        api().get("/api/editions").then().statusCode(200)
                .body("id", not(hasItem((int) draft))).body("id", hasItem((int) open));
        api(fixtures.teacher().token()).get("/api/editions").then().statusCode(200).body("id", not(hasItem((int) draft)));
        api(admin.token()).get("/api/editions").then().statusCode(200).body("id", hasItems((int) draft, (int) open));
        api(admin.token()).queryParam("status", "DRAFT").get("/api/editions").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.everyItem(equalTo("DRAFT"))).body("id", hasItem((int) draft));
        api().queryParam("status", "DRAFT").get("/api/editions").then().statusCode(200)
                .body("size()", equalTo(0));

        api().get("/api/editions/{id}", draft).then().statusCode(404).body("type", endsWith("/not-found"));
        api().get("/api/editions/{id}/criteria", draft).then().statusCode(404);
        api(admin.token()).get("/api/editions/{id}", draft).then().statusCode(200);
        api().get("/api/editions/{id}", open).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("acceptingSubmissions", equalTo(true));
        api().get("/api/editions/{id}/criteria", open).then().statusCode(200).body("size()", equalTo(6));
    }

    @Test
    void shouldAnswerTheOpenEditionAsTheCurrentCallForProjects() {
        User admin = fixtures.admin();
        long open = fixtures.editionIn(admin, "OPEN");
        api().get("/api/editions/current").then().statusCode(200)
                .body("id", equalTo((int) open)).body("status", equalTo("OPEN"));

        fixtures.move(admin, open, "EVALUATION");
        long next = fixtures.editionIn(admin, "OPEN");
        api().get("/api/editions/current").then().statusCode(200)
                .body("id", equalTo((int) next)).body("status", equalTo("OPEN"));
    }

    /** Finding (issue 17, point 4): a second open call hid the first one from the home page and the teachers. */
    @Test
    void shouldRefuseToOpenASecondEditionNamingTheOneThatIsOpen() {
        User admin = fixtures.admin();
        long open = fixtures.editionIn(admin, "OPEN");
        Map<String, Object> openOne = api().get("/api/editions/{id}", open).then().extract().jsonPath().getMap("");
        long draft = fixtures.draftEdition(admin);

        api(admin.token()).header("Accept-Language", "en").body(Map.of("to", "OPEN")).post("/api/editions/{id}/transitions", draft).then()
                .statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/edition-already-open"))
                .body("detail", containsString("Edition " + openOne.get("number") + " (" + openOne.get("year") + ")"))
                .body("detail", containsString("close its call first"))
                .body("openEdition.id", equalTo((int) open))
                .body("openEdition.number", equalTo(openOne.get("number")))
                .body("openEdition.year", equalTo(openOne.get("year")));
        assertThat(fixtures.rows("SELECT status FROM edition WHERE id = ?", draft).get(0).get("status")).isEqualTo("DRAFT");
        assertThat(fixtures.count("SELECT COUNT(*) FROM edition WHERE status = 'OPEN'")).isEqualTo(1);
        api().get("/api/editions/current").then().statusCode(200).body("id", equalTo((int) open));

        // Once the open call is closed, the other edition opens.
        fixtures.move(admin, open, "EVALUATION");
        api(admin.token()).body(Map.of("to", "OPEN")).post("/api/editions/{id}/transitions", draft).then()
                .statusCode(200).body("status", equalTo("OPEN"));
    }

    @Test
    void shouldOpenOnlyOneOfSeveralEditionsOpenedAtTheSameMoment() throws Exception {
        User admin = fixtures.admin();
        fixtures.closeOpenCalls(admin);
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            drafts.add(fixtures.draftEdition(admin));
        }

        List<Response> answers = Races.race(drafts.size(), i -> api(admin.token()).body(Map.of("to", "OPEN"))
                .post("/api/editions/{id}/transitions", drafts.get(i)));

        assertThat(answers.stream().map(Response::statusCode).toList()).containsOnlyOnce(200).containsOnly(200, 409);
        int winner = answers.stream().map(Response::statusCode).toList().indexOf(200);
        for (Response loser : answers) {
            if (loser.statusCode() == 409) {
                loser.then().body("type", endsWith("/edition-already-open"))
                        .body("openEdition.id", equalTo(drafts.get(winner).intValue()));
            }
        }
        assertThat(fixtures.rows("SELECT id FROM edition WHERE status = 'OPEN'"))
                .extracting(r -> ((Number) r.get("id")).longValue()).containsExactly(drafts.get(winner));
    }

    @Test
    void shouldKeepASecondOpenEditionOutOfTheDatabaseItself() {
        User admin = fixtures.admin();
        fixtures.editionIn(admin, "OPEN");
        long draft = fixtures.draftEdition(admin);
        // Written behind the application's back, as a SQL client would: the key refuses it.
        assertThatThrownBy(() -> fixtures.executeUnseen("UPDATE edition SET status = 'OPEN' WHERE id = ?", draft))
                .hasRootCauseInstanceOf(java.sql.SQLIntegrityConstraintViolationException.class)
                .rootCause().hasMessageContaining("uq_edition_single_open");
        assertThat(fixtures.rows("SELECT status FROM edition WHERE id = ?", draft).get(0).get("status")).isEqualTo("DRAFT");
    }

    @Test
    void shouldUpdateWithTheVersionReadAndRefuseAStaleOne() {
        User admin = fixtures.admin();
        long id = fixtures.draftEdition(admin);
        Map<String, Object> body = Fixtures.editionBody(Fixtures.nextEditionNumber());
        body.put("title", "Titre corrigé");
        body.remove("forum");
        body.put("version", 0);
        api(admin.token()).body(body).put("/api/editions/{id}", id).then().statusCode(200)
                .body("title", equalTo("Titre corrigé"))
                .body("version", equalTo(1))
                .body("$", not(org.hamcrest.Matchers.hasKey("forum")));
        api(admin.token()).body(body).put("/api/editions/{id}", id).then().statusCode(409)
                .body("type", endsWith("/stale-version"));
        body.remove("version");
        api(admin.token()).body(body).put("/api/editions/{id}", id).then().statusCode(400)
                .body("errors.field", hasItem("version"));
        assertThat(fixtures.rows("SELECT title, forum_name, version FROM edition WHERE id = ?", id).get(0))
                .containsEntry("title", "Titre corrigé").containsEntry("forum_name", null).containsEntry("version", 1L);
        assertThat(fixtures.count("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'EDITION' AND entity_id = ? "
                + "AND action = 'UPDATE' AND after_state LIKE '%Titre corrigé%'", id)).isEqualTo(1);
    }

    @Test
    void shouldLockTheCompetitionsShapeOnceItHasStarted() {
        User admin = fixtures.admin();
        long id = fixtures.editionIn(admin, "EVALUATION");
        Map<String, Object> current = api(admin.token()).get("/api/editions/{id}", id).then().statusCode(200)
                .extract().jsonPath().getMap("");
        Map<String, Object> body = new java.util.LinkedHashMap<>(Fixtures.editionBody((Integer) current.get("number")));
        for (String field : java.util.List.of("year", "title", "theme", "rules", "submissionsOpenAt", "submissionsCloseAt",
                "evaluationCloseAt", "ceremonyDate", "ceremonyVenue", "laureateCount", "jurorsPerProject", "blindReview",
                "sameRegionConflict", "forum", "version")) {
            body.put(field, current.get(field));
        }
        body.put("jurorsPerProject", 2);
        api(admin.token()).body(body).put("/api/editions/{id}", id).then().statusCode(409)
                .body("type", endsWith("/field-locked"))
                .body("detail", containsString("jurorsPerProject"));
        body.put("jurorsPerProject", current.get("jurorsPerProject"));
        body.put("title", "Titre modifiable jusqu'à la publication");
        body.put("laureateCount", 10);
        api(admin.token()).body(body).put("/api/editions/{id}", id).then().statusCode(200)
                .body("title", equalTo("Titre modifiable jusqu'à la publication")).body("laureateCount", equalTo(10));
    }

    @Test
    void shouldDeleteOnlyDrafts() {
        User admin = fixtures.admin();
        long draft = fixtures.draftEdition(admin);
        long open = fixtures.editionIn(admin, "OPEN");
        api(admin.token()).delete("/api/editions/{id}", draft).then().statusCode(204);
        assertThat(fixtures.count("SELECT COUNT(*) FROM edition WHERE id = ?", draft)).isZero();
        assertThat(fixtures.count("SELECT COUNT(*) FROM criterion WHERE edition_id = ?", draft)).isZero();
        api(admin.token()).delete("/api/editions/{id}", draft).then().statusCode(404);
        api(admin.token()).delete("/api/editions/{id}", open).then().statusCode(409).body("type", endsWith("/not-draft"));
        assertThat(fixtures.count("SELECT COUNT(*) FROM edition WHERE id = ?", open)).isEqualTo(1);
    }

    @Test
    void shouldAnswer404ForIdsThatAreNotEditions() {
        api().get("/api/editions/{id}", 99999999).then().statusCode(404).contentType("application/problem+json");
        invalidRequest().get("/api/editions/abc").then().statusCode(404).contentType("application/problem+json");
    }
}
