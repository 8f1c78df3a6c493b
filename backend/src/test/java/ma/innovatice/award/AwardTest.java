package ma.innovatice.award;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.Competition;
import ma.innovatice.testing.Fixtures.User;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static ma.innovatice.testing.Api.api;
import static ma.innovatice.testing.Api.invalidRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Deliberation: the awards' rules, the proposal from the ranking with regional balance, and publication. */
@QuarkusTest
class AwardTest {

    @Inject
    Fixtures fixtures;

    /** A competition in DELIBERATION whose projects (region, raw score) were scored by one juror. */
    record Deliberation(Competition competition, User juror, List<Long> projects) {
        User admin() {
            return competition.admin();
        }

        long edition() {
            return competition.edition();
        }
    }

    Deliberation deliberation(int laureateCount, Object... regionAndScore) {
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < regionAndScore.length; i += 2) {
            Map<String, Object> body = new HashMap<>(Fixtures.completeProject("Projet " + (i / 2 + 1)));
            body.put("regionCode", regionAndScore[i]);
            bodies.add(body);
        }
        Competition c = fixtures.competition(Map.of("laureateCount", laureateCount), null, bodies);
        User juror = fixtures.juror();
        for (int i = 0; i < c.projects().size(); i++) {
            score(c.edition(), c.projects().get(i), juror, ((Number) regionAndScore[2 * i + 1]).doubleValue());
        }
        fixtures.move(c.admin(), c.edition(), "DELIBERATION");
        return new Deliberation(c, juror, c.projects());
    }

    /** A submitted evaluation written straight into the database: the ranking only needs its raw score. */
    void score(long edition, long project, User juror, double raw) {
        fixtures.execute("INSERT INTO assignment (edition_id, round_id, submission_id, juror_id, origin, created_at) "
                + "VALUES (?, (SELECT id FROM judging_round WHERE edition_id = ? AND position = 1), ?, ?, 'MANUAL', NOW(6))",
                    edition, edition, project, juror.id());
        fixtures.execute("INSERT INTO evaluation (assignment_id, edition_id, round_id, submission_id, juror_id, status, feedback, "
                + "private_comment, raw_score, submitted_at, created_at, updated_at) SELECT id, edition_id, round_id, submission_id, "
                + "juror_id, 'SUBMITTED', 'Bon travail', 'Note privée', ?, "
                + "NOW(6), NOW(6), NOW(6) FROM assignment WHERE submission_id = ? AND juror_id = ?", raw, project, juror.id());
    }

    static Map<String, Object> award(long submission, String kind, int rank, String citation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("submissionId", submission);
        body.put("kind", kind);
        body.put("rank", rank);
        body.put("citation", citation);
        return body;
    }

    long create(Deliberation d, long submission, String kind, int rank) {
        return api(d.admin().token()).body(award(submission, kind, rank, "Pour " + kind))
                .post("/api/editions/{id}/awards", d.edition()).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    @Test
    void shouldProposeTheTopOfTheRankingAndReportWhatItCovers() {
        Deliberation d = deliberation(3, "MA-01", 90, "MA-01", 85, "MA-02", 80, "MA-03", 75, "MA-01", 40);
        JsonPath proposal = api(d.admin().token()).body(Map.of())
                .post("/api/editions/{id}/awards/proposal", d.edition()).then().statusCode(200).extract().jsonPath();

        assertThat(proposal.getList("awards.submissionId", Long.class)).containsExactly(d.projects().get(0),
                d.projects().get(1), d.projects().get(2));
        assertThat(proposal.getList("awards.kind", String.class)).containsExactly("WINNER", "LAUREATE", "LAUREATE");
        assertThat(proposal.getList("awards.rank", Integer.class)).containsExactly(1, 2, 3);
        assertThat(proposal.getInt("regionsCovered")).isEqualTo(2);
        assertThat(proposal.getList("regionCodes", String.class)).containsExactly("MA-01", "MA-02");
        assertThat(proposal.getInt("levelsCovered")).isEqualTo(1);
        assertThat(proposal.getList("swaps")).isEmpty();
        assertThat(proposal.getMap("winnerDisagreement")).isNull();
        assertThat(fixtures.count("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'AWARD' AND action = 'PROPOSE' "
                + "AND entity_id IN (SELECT id FROM award WHERE edition_id = ?)", d.edition())).isEqualTo(3);

        api(d.admin().token()).body(Map.of()).post("/api/editions/{id}/awards/proposal", d.edition())
                .then().statusCode(409).body("type", equalTo("https://innovatice.ma/problems/awards-exist"));
    }

    @Test
    void shouldSayWhenTheProposedWinnersJurorsDisagree() {
        Deliberation d = deliberation(2, "MA-01", 90, "MA-02", 60, "MA-03", 50);
        // A second juror marks the first project 50 points lower, but still above the others: it stays first.
        User second = fixtures.juror();
        score(d.edition(), d.projects().get(0), second, 40);
        score(d.edition(), d.projects().get(1), second, 20);
        score(d.edition(), d.projects().get(2), second, 10);
        JsonPath proposal = api(d.admin().token()).body(Map.of())
                .post("/api/editions/{id}/awards/proposal", d.edition()).then().statusCode(200).extract().jsonPath();

        assertThat(proposal.getLong("awards[0].submissionId")).isEqualTo(d.projects().get(0));
        assertThat(proposal.getString("awards[0].kind")).isEqualTo("WINNER");
        assertThat(proposal.getLong("winnerDisagreement.submissionId")).isEqualTo(d.projects().get(0));
        assertThat(proposal.getString("winnerDisagreement.title")).isEqualTo("Projet 1");
        assertThat(proposal.getDouble("winnerDisagreement.spread")).isEqualTo(50.0);
        assertThat(proposal.getString("winnerDisagreement.award")).isEqualTo("WINNER");
    }

    @Test
    void shouldGiveEveryRegionAboveTheFloorALaureateWhenBalanceIsAsked() {
        Deliberation d = deliberation(3, "MA-01", 90, "MA-01", 85, "MA-02", 80, "MA-03", 75, "MA-04", 30);
        JsonPath proposal = api(d.admin().token()).body(Map.of("regionalBalance", true, "scoreFloor", 70, "replace", true))
                .post("/api/editions/{id}/awards/proposal", d.edition()).then().statusCode(200).extract().jsonPath();

        // MA-03 (75 ≥ 70) takes the place of the lowest laureate of a region with two (MA-01's second);
        // MA-04 is below the floor; the winner stays.
        assertThat(proposal.getList("awards.submissionId", Long.class)).containsExactly(d.projects().get(0),
                d.projects().get(2), d.projects().get(3));
        assertThat(proposal.getList("awards.kind", String.class)).containsExactly("WINNER", "LAUREATE", "LAUREATE");
        assertThat(proposal.getInt("regionsCovered")).isEqualTo(3);
        assertThat(proposal.getList("swaps.regionCode", String.class)).containsExactly("MA-03");
        assertThat(proposal.getList("swaps.addedSubmissionId", Long.class)).containsExactly(d.projects().get(3));
        assertThat(proposal.getList("swaps.removedSubmissionId", Long.class)).containsExactly(d.projects().get(1));
        assertThat(fixtures.count("SELECT COUNT(*) FROM award WHERE edition_id = ?", d.edition())).isEqualTo(3);
    }

    @Test
    void shouldKeepOneWinnerOneRankAndOneAwardPerProject() {
        Deliberation d = deliberation(3, "MA-01", 90, "MA-02", 80, "MA-03", 70);
        User admin = d.admin();
        long winner = create(d, d.projects().get(0), "WINNER", 1);

        api(admin.token()).body(award(d.projects().get(1), "WINNER", 2, null))
                .post("/api/editions/{id}/awards", d.edition()).then().statusCode(409)
                .body("type", equalTo("https://innovatice.ma/problems/winner-exists"));
        api(admin.token()).body(award(d.projects().get(1), "LAUREATE", 1, null))
                .post("/api/editions/{id}/awards", d.edition()).then().statusCode(409)
                .body("type", equalTo("https://innovatice.ma/problems/rank-taken"));
        api(admin.token()).body(award(d.projects().get(0), "LAUREATE", 5, null))
                .post("/api/editions/{id}/awards", d.edition()).then().statusCode(409)
                .body("type", equalTo("https://innovatice.ma/problems/already-awarded"));
        Deliberation other = deliberation(3, "MA-05", 60);
        api(admin.token()).body(award(other.projects().get(0), "LAUREATE", 4, null))
                .post("/api/editions/{id}/awards", d.edition()).then().statusCode(404);
        invalidRequest().auth().oauth2(admin.token()).body(award(d.projects().get(1), "LAUREATE", 2, "x".repeat(2001)))
                .post("/api/editions/{id}/awards", d.edition()).then().statusCode(400);
        assertThat(fixtures.count("SELECT COUNT(*) FROM award WHERE edition_id = ?", d.edition())).isEqualTo(1);

        long laureate = create(d, d.projects().get(1), "LAUREATE", 2);
        api(admin.token()).body(Map.of("kind", "SPECIAL_MENTION", "rank", 3, "citation", "Mention pour l'inclusion",
                        "version", 0))
                .put("/api/awards/{id}", laureate).then().statusCode(200)
                .body("kind", equalTo("SPECIAL_MENTION")).body("rank", equalTo(3)).body("version", equalTo(1));
        api(admin.token()).body(Map.of("kind", "LAUREATE", "rank", 2, "version", 0))
                .put("/api/awards/{id}", laureate).then().statusCode(409);
        api(admin.token()).body(Map.of("kind", "WINNER", "rank", 3, "version", 1))
                .put("/api/awards/{id}", laureate).then().statusCode(409)
                .body("type", equalTo("https://innovatice.ma/problems/winner-exists"));
        api(admin.token()).delete("/api/awards/{id}", winner).then().statusCode(204);
        api(admin.token()).delete("/api/awards/{id}", winner).then().statusCode(404);
        api(admin.token()).get("/api/editions/{id}/awards", d.edition()).then().statusCode(200)
                .body("$", hasSize(1)).body("[0].citation", equalTo("Mention pour l'inclusion"))
                .body("[0].title", equalTo("Projet 2"));

        assertThat(fixtures.rows("SELECT action FROM audit_log WHERE entity_type = 'AWARD' AND entity_id IN (?, ?) "
                + "ORDER BY id", winner, laureate)).extracting(r -> r.get("action"))
                .containsExactly("CREATE", "CREATE", "UPDATE", "DELETE");
    }

    @Test
    void shouldChangeAwardsOnlyDuringDeliberation() {
        Deliberation d = deliberation(3, "MA-01", 90, "MA-02", 80);
        long award = create(d, d.projects().get(0), "WINNER", 1);
        fixtures.move(d.admin(), d.edition(), "PUBLISHED");

        api(d.admin().token()).body(award(d.projects().get(1), "LAUREATE", 2, null))
                .post("/api/editions/{id}/awards", d.edition()).then().statusCode(409)
                .body("type", equalTo("https://innovatice.ma/problems/not-deliberating"));
        api(d.admin().token()).delete("/api/awards/{id}", award).then().statusCode(409);
        api(d.admin().token()).body(Map.of()).post("/api/editions/{id}/awards/proposal", d.edition())
                .then().statusCode(409);
        assertThat(fixtures.count("SELECT COUNT(*) FROM award WHERE edition_id = ?", d.edition())).isEqualTo(1);
    }

    @Test
    void shouldRefusePublicationWithoutExactlyOneWinnerOrWithTooManyLaureates() {
        Deliberation d = deliberation(2, "MA-01", 90, "MA-02", 80, "MA-03", 70, "MA-04", 60);
        create(d, d.projects().get(1), "LAUREATE", 2);
        create(d, d.projects().get(2), "LAUREATE", 3);

        api(d.admin().token()).body(Map.of("to", "PUBLISHED")).post("/api/editions/{id}/transitions", d.edition())
                .then().statusCode(409).body("type", equalTo("https://innovatice.ma/problems/winner-required"));
        long winner = create(d, d.projects().get(0), "WINNER", 1);
        api(d.admin().token()).body(Map.of("to", "PUBLISHED")).post("/api/editions/{id}/transitions", d.edition())
                .then().statusCode(409).body("type", equalTo("https://innovatice.ma/problems/too-many-laureates"))
                .body("laureates", equalTo(3));
        assertThat(fixtures.count("SELECT COUNT(*) FROM submission WHERE edition_id = ? AND status = 'UNDER_REVIEW'",
                d.edition())).isEqualTo(4);
        assertThat(fixtures.count("SELECT COUNT(*) FROM certificate WHERE edition_id = ?", d.edition())).isZero();
        assertThat(fixtures.rows("SELECT status FROM edition WHERE id = ?", d.edition()).get(0).get("status"))
                .isEqualTo("DELIBERATION");

        long third = fixtures.rows("SELECT id FROM award WHERE submission_id = ?", d.projects().get(2)).stream()
                .map(r -> ((Number) r.get("id")).longValue()).findFirst().orElseThrow();
        api(d.admin().token()).body(Map.of("kind", "SPECIAL_MENTION", "rank", 3, "version", 0))
                .put("/api/awards/{id}", third).then().statusCode(200);
        api(d.admin().token()).body(Map.of("to", "PUBLISHED")).post("/api/editions/{id}/transitions", d.edition())
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));

        List<Map<String, Object>> statuses = fixtures.rows("SELECT s.status, c.kind FROM submission s "
                + "JOIN certificate c ON c.submission_id = s.id WHERE s.edition_id = ? ORDER BY s.id", d.edition());
        assertThat(statuses).extracting(r -> r.get("status"))
                .containsExactly("WINNER", "LAUREATE", "SPECIAL_MENTION", "NOT_RETAINED");
        assertThat(statuses).extracting(r -> r.get("kind"))
                .containsExactly("WINNER", "LAUREATE", "SPECIAL_MENTION", "PARTICIPATION");
        assertThat(fixtures.count("SELECT COUNT(DISTINCT code) FROM certificate WHERE edition_id = ?", d.edition()))
                .isEqualTo(4);
        assertThat(fixtures.count("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'SUBMISSION' AND action = 'STATUS' "
                + "AND after_state LIKE '%WINNER%' AND entity_id = ?", d.projects().get(0))).isEqualTo(1);
        assertThat(fixtures.rows("SELECT after_state FROM audit_log WHERE entity_type = 'SUBMISSION' AND action = 'STATUS' "
                + "AND before_state LIKE '%UNDER_REVIEW%' AND entity_id = ?", d.projects().get(2))).extracting(r -> r.get("after_state"))
                .containsExactly("{\"status\":\"SPECIAL_MENTION\"}");
        assertThat(fixtures.count("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'AWARD' AND action = 'PUBLISH' "
                + "AND entity_id = ?", d.edition())).isEqualTo(1);
        assertThat(winner).isPositive();
    }
}
