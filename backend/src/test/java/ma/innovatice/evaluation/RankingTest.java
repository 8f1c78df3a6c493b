package ma.innovatice.evaluation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.Competition;
import ma.innovatice.testing.Fixtures.User;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static ma.innovatice.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * A ranking computed by hand. Rubric: A (weight 1, 0..10) and B (weight 3, 1..5); an evaluation's
 * raw score is 100 × (a/10 + 3 × (b − 1)/4) / 4. Three jurors, five projects:
 * <pre>
 *        S1       S2       S3       S4       S5
 * J1   (5,3)=50 (6,2)=33.75 (0,1)=0   -        -      harsh: mean 27.9167, sd 20.8250
 * J2  (10,5)=100 (8,4)=76.25  -     (2,5)=80   -      lenient: mean 85.4167, sd 10.4250
 * J3   (8,4)=76.25   -     (4,3)=47.5 (10,4)=81.25 -  mean 68.3333, sd 14.8721
 * </pre>
 * All nine evaluations: mean 60.5556, standard deviation 28.9102. Normalised score of a project:
 * 60.5556 + 28.9102 × mean of its z-scores, where z = (raw − juror mean) / juror sd.
 * S1: raw 75.42, z = (0.1060 + 1.4388 + 0.5323)/3 → 89.39; S4: raw 80.63 → 65.60; S2: raw 55.00 →
 * 51.89; S3: raw 23.75 → 20.93; S5 (assigned, not evaluated) last. S1 has the highest normalised
 * score although S4 has the highest raw one: J1, who gave S1 its lowest mark, marks hard.
 */
@QuarkusTest
class RankingTest {

    @Inject
    Fixtures fixtures;

    private static final List<Map<String, Object>> RUBRIC = Fixtures.TWO_CRITERIA_RUBRIC;

    private record Fixture(Competition competition, List<User> jurors, Map<String, Long> assignments) {

        long project(int n) {
            return competition.projects().get(n - 1);
        }
    }

    private static Map<String, Object> project(int n, String region, String level) {
        Map<String, Object> body = new HashMap<>(Fixtures.completeProject("Projet S" + n));
        body.put("regionCode", region);
        body.put("schoolLevel", level);
        return body;
    }

    private Fixture evaluated() {
        Competition c = fixtures.competition(Map.of(), RUBRIC, List.of(project(1, "MA-04", "PRIMAIRE"),
                project(2, "MA-06", "PRIMAIRE"), project(3, "MA-04", "SECONDAIRE_COLLEGIAL"),
                project(4, "MA-06", "SECONDAIRE_COLLEGIAL"), project(5, "MA-07", "PRIMAIRE")));
        List<User> jurors = List.of(fixtures.juror(), fixtures.juror(), fixtures.juror());
        int[][][] marks = {
                {{1, 5, 3}, {2, 6, 2}, {3, 0, 1}},
                {{1, 10, 5}, {2, 8, 4}, {4, 2, 5}},
                {{3, 4, 3}, {4, 10, 4}, {1, 8, 4}}};
        Map<String, Long> assignments = new HashMap<>();
        for (int j = 0; j < 3; j++) {
            for (int[] mark : marks[j]) {
                long assignment = fixtures.assign(c.admin(), c.edition(), c.projects().get(mark[0] - 1), jurors.get(j));
                assignments.put("J" + (j + 1) + "S" + mark[0], assignment);
                api(jurors.get(j).token()).body(Map.of("scores", List.of(Map.of("criterionCode", "A", "score", mark[1]),
                                Map.of("criterionCode", "B", "score", mark[2]))))
                        .put("/api/jury/assignments/{id}/evaluation", assignment).then().statusCode(200);
                api(jurors.get(j).token()).post("/api/jury/assignments/{id}/evaluation/submit", assignment).then()
                        .statusCode(200);
            }
        }
        assignments.put("J1S5", fixtures.assign(c.admin(), c.edition(), c.projects().get(4), jurors.get(0)));
        return new Fixture(c, jurors, assignments);
    }

    @Test
    void shouldRankRawAndNormalisedScoresAsComputedByHand() {
        Fixture f = evaluated();
        api(f.competition().admin().token()).get("/api/editions/{id}/ranking", f.competition().edition()).then()
                .statusCode(200)
                .body("disagreementThreshold", equalTo(20.0))
                .body("items.submissionId", contains((int) f.project(1), (int) f.project(4), (int) f.project(2),
                        (int) f.project(3), (int) f.project(5)))
                .body("items.rank", contains(1, 2, 3, 4, 5))
                .body("items[0].rawScore", closeTo(75.42, 0.01)).body("items[0].normalizedScore", closeTo(89.39, 0.01))
                .body("items[0].evaluations", equalTo(3)).body("items[0].assigned", equalTo(3))
                .body("items[0].spread", closeTo(50.0, 0.01)).body("items[0].disagreement", equalTo(true))
                .body("items[1].rawScore", closeTo(80.63, 0.01)).body("items[1].normalizedScore", closeTo(65.60, 0.01))
                .body("items[1].spread", closeTo(1.25, 0.01)).body("items[1].disagreement", equalTo(false))
                .body("items[2].rawScore", closeTo(55.00, 0.01)).body("items[2].normalizedScore", closeTo(51.89, 0.01))
                .body("items[3].rawScore", closeTo(23.75, 0.01)).body("items[3].normalizedScore", closeTo(20.93, 0.01))
                .body("items[4].rawScore", nullValue()).body("items[4].evaluations", equalTo(0))
                .body("items[4].assigned", equalTo(1)).body("items[4].disagreement", equalTo(false))
                .body("items[0].authorName", equalTo("Prénom Nom"));
    }

    @Test
    void shouldFilterByRegionAndLevelKeepingRanksInTheWholeEdition() {
        Fixture f = evaluated();
        api(f.competition().admin().token()).queryParam("region", "MA-06").get("/api/editions/{id}/ranking",
                f.competition().edition()).then().statusCode(200)
                .body("items.submissionId", contains((int) f.project(4), (int) f.project(2))).body("items.rank", contains(2, 3));
        api(f.competition().admin().token()).queryParam("level", "SECONDAIRE_COLLEGIAL").queryParam("region", "MA-04")
                .get("/api/editions/{id}/ranking", f.competition().edition()).then()
                .body("items.submissionId", contains((int) f.project(3))).body("items.rank", contains(4));
    }

    @Test
    void shouldExportTheRankingWithTheMeanOfEachCriterion() {
        Fixture f = evaluated();
        byte[] csv = RestAssured.given().auth().oauth2(f.competition().admin().token())
                .get("/api/editions/{id}/ranking/export", f.competition().edition()).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"ranking-edition-" + f.competition().edition()
                        + ".csv\"; filename*=UTF-8''ranking-edition-" + f.competition().edition() + ".csv")
                .extract().asByteArray();
        List<String> lines = new String(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).as("titles in French without a language asked").isEqualTo("Rang,N° du projet,Titre,Auteur,"
                + "Code de la région,Niveau scolaire,Discipline,Note brute (sur 100),Note normalisée (sur 100),Évaluations,"
                + "Jurés affectés,Écart entre jurés,Désaccord,Moyenne A,Moyenne B");
        assertThat(lines.get(1)).startsWith("1," + f.project(1) + ",Projet S1,Prénom Nom,MA-04,PRIMAIRE,")
                .endsWith(",75.42,89.39,3,3,50,oui,7.67,4.00");
        assertThat(lines.get(5)).startsWith("5," + f.project(5) + ",Projet S5,");
        assertThat(lines.get(6)).as("the agreement follows after an empty line").isEmpty();
        assertThat(lines.get(7)).startsWith("Accord entre jurés,Code du critère,Libellé (fr),");
        assertThat(lines.subList(8, lines.size())).extracting(line -> String.join(",", List.of(line.split(",", 3)).subList(0, 2)))
                .containsExactly("Note pondérée,", "Critère,A", "Critère,B");

        List<String> semicolon = RestAssured.given().auth().oauth2(f.competition().admin().token())
                .header("Accept-Language", "en-GB, fr;q=0.5").queryParam("separator", "semicolon")
                .get("/api/editions/{id}/ranking/export", f.competition().edition()).then().statusCode(200)
                .extract().asString().substring(1).lines().toList();
        assertThat(semicolon.get(0)).as("titles in the language asked").startsWith("Rank;Project ID;Title;Author;")
                .endsWith(";Disagreement;Mean A;Mean B");
        assertThat(semicolon.get(1)).as("decimals with a comma after semicolons")
                .endsWith(";75,42;89,39;3;3;50;yes;7,67;4,00");
        assertThat(semicolon.get(8)).startsWith("Weighted score;;;;;");
    }

    @Test
    void shouldReportHowHarshOrLenientEachJurorIs() {
        Fixture f = evaluated();
        api(f.competition().admin().token()).get("/api/editions/{id}/severity", f.competition().edition()).then()
                .statusCode(200)
                .body("find { it.juror.id == " + f.jurors().get(0).id() + " }.meanScore", closeTo(27.92, 0.01))
                .body("find { it.juror.id == " + f.jurors().get(0).id() + " }.stdDev", closeTo(20.82, 0.01))
                .body("find { it.juror.id == " + f.jurors().get(0).id() + " }.panelMean", closeTo(70.63, 0.01))
                .body("find { it.juror.id == " + f.jurors().get(0).id() + " }.deviation", closeTo(-42.71, 0.01))
                .body("find { it.juror.id == " + f.jurors().get(0).id() + " }.tendency", equalTo("HARSH"))
                .body("find { it.juror.id == " + f.jurors().get(1).id() + " }.deviation", closeTo(26.04, 0.01))
                .body("find { it.juror.id == " + f.jurors().get(1).id() + " }.tendency", equalTo("LENIENT"))
                .body("find { it.juror.id == " + f.jurors().get(2).id() + " }.evaluations", equalTo(3))
                .body("find { it.juror.id == " + f.jurors().get(2).id() + " }.deviation", closeTo(16.67, 0.01));
    }

    @Test
    void shouldResolveADisagreementWithOneMoreEligibleJuror() {
        Fixture f = evaluated();
        User fourth = fixtures.juror();
        User busy = fixtures.juror();
        api(f.competition().admin().token()).body(Map.of("submissionId", f.project(5), "jurorId", busy.id()))
                .post("/api/editions/{id}/assignments", f.competition().edition()).then().statusCode(201);
        long id = api(f.competition().admin().token())
                .post("/api/editions/{id}/ranking/{s}/extra-juror", f.competition().edition(), f.project(1)).then()
                .statusCode(201).body("origin", equalTo("EXTRA")).body("submissionId", equalTo((int) f.project(1)))
                .extract().jsonPath().getLong("juror.id");
        assertThat(id).isNotIn(f.jurors().stream().map(User::id).toList()).isNotEqualTo(busy.id());
        assertThat(fourth.id()).isPositive();
        assertThat(fixtures.count("SELECT COUNT(*) FROM assignment WHERE submission_id = ?", f.project(1))).isEqualTo(4);
    }

    @Test
    void shouldHaveNoRankingBeforeEvaluationAndKeepItToAdmins() {
        User admin = fixtures.admin();
        long open = fixtures.editionIn(admin, "OPEN");
        api(admin.token()).get("/api/editions/{id}/ranking", open).then().statusCode(409).body("type", endsWith("/no-ranking-yet"));
        api(fixtures.juror().token()).get("/api/editions/{id}/ranking", open).then().statusCode(403);
        api(fixtures.teacher().token()).get("/api/editions/{id}/severity", open).then().statusCode(403);
        api(admin.token()).get("/api/editions/{id}/ranking", 987654321L).then().statusCode(404);
    }
}
