package ma.innovatice.evaluation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import ma.innovatice.evaluation.agreement.KrippendorffAlpha;
import ma.innovatice.evaluation.agreement.RatingTable;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.Competition;
import ma.innovatice.testing.Fixtures.User;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import static ma.innovatice.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * The agreement between the jurors of an edition, checked against Krippendorff's alpha computed here
 * from its definition. Rubric as in {@link RankingTest}: A (weight 1, 0..10) and B (weight 3, 1..5),
 * weighted score 100 × (a/10 + 3 × (b − 1)/4) / 4. Three jurors, five projects, each project seen by
 * its own subset of jurors:
 * <pre>
 *  disagreeing      S1          S2              S3          S4          S5
 *  J1             (9,5)=97.5  (2,2)=23.75       draft(10,5) (4,2)=28.75   -
 *  J2             (6,3)=52.5  (5,3)=50       (7,3)=55      -           -
 *  J3               -         (1,1)=2.5      (3,4)=63.75  (8,3)=57.5  (5,3)=50
 * </pre>
 * Only S1 to S4 are scored twice or more (4 projects, 9 scores; S5 alone and J1's draft do not count).
 * By hand (D_o and D_e as sums over ordered pairs): alpha = 0.3019 on the weighted score, 0.2000 on A,
 * 0.2653 on B: not reliable. When the jurors give each project the same marks, alpha is 1: reliable.
 */
@QuarkusTest
class RankingAgreementTest {

    @Inject
    Fixtures fixtures;

    private static final List<Map<String, Object>> RUBRIC = Fixtures.TWO_CRITERIA_RUBRIC;

    /** Juror {@code juror} (1..3) gave project {@code project} (1..5) the marks a and b. */
    private record Mark(int project, int juror, int a, int b) {

        double weighted() {
            // Rounded to the database's four decimals, as the application reads it.
            return Math.round(100 * (a / 10.0 + 3 * (b - 1) / 4.0) / 4 * 10_000) / 10_000.0;
        }
    }

    private static final List<Mark> DISAGREEING = List.of(new Mark(1, 1, 9, 5), new Mark(1, 2, 6, 3),
            new Mark(2, 1, 2, 2), new Mark(2, 2, 5, 3), new Mark(2, 3, 1, 1), new Mark(3, 2, 7, 3), new Mark(3, 3, 3, 4),
            new Mark(4, 1, 4, 2), new Mark(4, 3, 8, 3), new Mark(5, 3, 5, 3));

    private static final List<Mark> AGREEING = List.of(new Mark(1, 1, 5, 3), new Mark(1, 2, 5, 3),
            new Mark(2, 1, 10, 5), new Mark(2, 2, 10, 5), new Mark(2, 3, 10, 5), new Mark(3, 1, 0, 1), new Mark(3, 3, 0, 1),
            new Mark(4, 2, 7, 4), new Mark(4, 3, 7, 4));

    private record Scored(Competition competition, List<User> jurors) {

        long edition() {
            return competition.edition();
        }

        String admin() {
            return competition.admin().token();
        }

        /** The values of each project, as the core takes them, with the real ids (so in the same order). */
        List<double[]> units(List<Mark> marks, ToDoubleFunction<Mark> value) {
            RatingTable table = RatingTable.create();
            marks.forEach(m -> table.add(competition.projects().get(m.project() - 1), jurors.get(m.juror() - 1).id(),
                    value.applyAsDouble(m)));
            return table.units();
        }
    }

    private Scored scored(List<Mark> marks, Mark draft) {
        Competition c = fixtures.competition(Map.of(), RUBRIC, List.of(Fixtures.completeProject("Projet S1"),
                Fixtures.completeProject("Projet S2"), Fixtures.completeProject("Projet S3"),
                Fixtures.completeProject("Projet S4"), Fixtures.completeProject("Projet S5")));
        List<User> jurors = List.of(fixtures.juror(), fixtures.juror(), fixtures.juror());
        for (Mark m : marks) {
            long assignment = evaluate(c, jurors, m);
            api(jurors.get(m.juror() - 1).token()).post("/api/jury/assignments/{id}/evaluation/submit", assignment).then()
                    .statusCode(200);
        }
        if (draft != null) {
            evaluate(c, jurors, draft);
        }
        return new Scored(c, jurors);
    }

    /** Assigns the juror and saves their marks as a draft; returns the assignment. */
    private long evaluate(Competition c, List<User> jurors, Mark m) {
        User juror = jurors.get(m.juror() - 1);
        long assignment = fixtures.assign(c.admin(), c.edition(), c.projects().get(m.project() - 1), juror);
        api(juror.token()).body(Map.of("scores", List.of(Map.of("criterionCode", "A", "score", m.a()),
                        Map.of("criterionCode", "B", "score", m.b()))))
                .put("/api/jury/assignments/{id}/evaluation", assignment).then().statusCode(200);
        return assignment;
    }

    /**
     * Krippendorff's alpha from its definition (interval metric): with n pairable values,
     * D_o = Σ_u Σ_{i≠j in u} (v_i − v_j)² / (m_u − 1) / n and D_e = Σ_{i≠j among all} (v_i − v_j)² / (n (n − 1)).
     */
    static double alphaByHand(List<double[]> units) {
        List<Double> values = new ArrayList<>();
        double observed = 0;
        for (double[] unit : units) {
            if (unit.length < 2) {
                continue;
            }
            for (int i = 0; i < unit.length; i++) {
                values.add(unit[i]);
                for (int j = 0; j < unit.length; j++) {
                    observed += i == j ? 0 : (unit[i] - unit[j]) * (unit[i] - unit[j]) / (unit.length - 1);
                }
            }
        }
        double expected = 0;
        for (int i = 0; i < values.size(); i++) {
            for (int j = 0; j < values.size(); j++) {
                expected += i == j ? 0 : (values.get(i) - values.get(j)) * (values.get(i) - values.get(j));
            }
        }
        double n = values.size();
        double disagreementObserved = observed / n;
        double disagreementExpected = expected / (n * (n - 1));
        return 1 - disagreementObserved / disagreementExpected;
    }

    @Test
    void shouldMeasureDisagreeingJurorsAsNotReliableAsComputedByHand() {
        Scored s = scored(DISAGREEING, new Mark(3, 1, 10, 5));
        List<double[]> weighted = s.units(DISAGREEING, Mark::weighted);
        List<double[]> a = s.units(DISAGREEING, Mark::a);
        List<double[]> b = s.units(DISAGREEING, Mark::b);
        assertThat(alphaByHand(weighted)).isCloseTo(0.30186, within(1e-5));
        assertThat(alphaByHand(a)).isCloseTo(0.2, within(1e-9));
        assertThat(alphaByHand(b)).isCloseTo(0.26531, within(1e-5));

        String answer = api(s.admin()).get("/api/editions/{id}/ranking/agreement", s.edition()).then().statusCode(200)
                .body("editionId", equalTo((int) s.edition())).body("seed", equalTo((int) s.edition()))
                .body("overall.reading", equalTo("NOT_RELIABLE")).body("overall.reason", nullValue())
                .body("overall.projects", equalTo(4)).body("overall.scores", equalTo(9))
                .body("overall.roughInterval", equalTo(true))
                .body("criteria.code", contains("A", "B"))
                .body("criteria.label.fr", contains("Usage des TIC", "Impact"))
                .body("criteria.label.ar", contains("استعمال التكنولوجيا", "الأثر"))
                .body("criteria.agreement.reading", everyItem(equalTo("NOT_RELIABLE")))
                .body("criteria.agreement.projects", everyItem(equalTo(4)))
                .extract().asString();
        JsonPath body = JsonPath.from(answer);
        assertAgreement(body, "overall", weighted, s.edition());
        assertAgreement(body, "criteria[0].agreement", a, s.edition());
        assertAgreement(body, "criteria[1].agreement", b, s.edition());
        assertThat(body.getDouble("overall.alpha")).isEqualTo(0.302);
        assertThat(body.getDouble("criteria[0].agreement.alpha")).isEqualTo(0.2);
        assertThat(body.getDouble("criteria[1].agreement.alpha")).isEqualTo(0.265);

        String again = api(s.admin()).get("/api/editions/{id}/ranking/agreement", s.edition()).then().statusCode(200)
                .extract().asString();
        assertThat(again).as("the same scores, the same seed: the same interval").isEqualTo(answer);
    }

    /** Alpha as computed by hand, the interval as the core draws it with the edition's id for seed, three decimals. */
    private static void assertAgreement(JsonPath body, String at, List<double[]> units, long edition) {
        assertThat(body.getDouble(at + ".alpha")).isCloseTo(alphaByHand(units), within(0.0005));
        KrippendorffAlpha.Interval interval = KrippendorffAlpha.bootstrap(units, KrippendorffAlpha.Metric.INTERVAL,
                KrippendorffAlpha.DEFAULT_RESAMPLES, edition);
        assertThat(interval.computable()).isTrue();
        assertThat(body.getDouble(at + ".interval.lower")).isCloseTo(interval.lower(), within(0.0005));
        assertThat(body.getDouble(at + ".interval.upper")).isCloseTo(interval.upper(), within(0.0005));
        assertThat(body.getDouble(at + ".interval.lower")).isLessThan(body.getDouble(at + ".interval.upper"));
        assertThat(body.getInt(at + ".interval.resamples")).isEqualTo(KrippendorffAlpha.DEFAULT_RESAMPLES);
        assertThat(body.getInt(at + ".interval.usableResamples")).isEqualTo(interval.usableResamples());
        assertThat(body.getDouble(at + ".interval.level")).isEqualTo(0.95);
    }

    @Test
    void shouldMeasureJurorsWhoGiveTheSameMarksAsReliable() {
        Scored s = scored(AGREEING, null);
        assertThat(alphaByHand(s.units(AGREEING, Mark::weighted))).isCloseTo(1.0, within(1e-12));
        api(s.admin()).get("/api/editions/{id}/ranking/agreement", s.edition()).then().statusCode(200)
                .body("overall.alpha", equalTo(1.0)).body("overall.reading", equalTo("RELIABLE"))
                .body("overall.interval.lower", equalTo(1.0)).body("overall.interval.upper", equalTo(1.0))
                .body("overall.projects", equalTo(4)).body("overall.scores", equalTo(9))
                .body("criteria.agreement.alpha", contains(1.0, 1.0))
                .body("criteria.agreement.reading", contains("RELIABLE", "RELIABLE"))
                .body("criteria.agreement.interval.upper", contains(1.0, 1.0));
    }

    @Test
    void shouldSayWhyThereIsNoAlphaBeforeAnyProjectIsScoredTwice() {
        User admin = fixtures.admin();
        long edition = fixtures.editionIn(admin, "EVALUATION");
        api(admin.token()).get("/api/editions/{id}/ranking/agreement", edition).then().statusCode(200)
                .body("overall.alpha", nullValue()).body("overall.reading", equalTo("NOT_COMPUTABLE"))
                .body("overall.reason", equalTo("TOO_FEW_PAIRABLE_VALUES"))
                .body("overall.interval.reason", equalTo("TOO_FEW_PAIRABLE_VALUES"))
                .body("overall.interval.lower", nullValue()).body("overall.projects", equalTo(0))
                .body("overall.roughInterval", equalTo(false))
                .body("criteria", hasSize(6)).body("criteria[0].code", equalTo("COLLAB"))
                .body("criteria.agreement.reading", everyItem(equalTo("NOT_COMPUTABLE")));
    }

    @Test
    void shouldExportTheAgreementAfterTheRanking() {
        Scored s = scored(DISAGREEING, new Mark(3, 1, 10, 5));
        byte[] csv = RestAssured.given().auth().oauth2(s.admin()).queryParam("separator", "semicolon")
                .header("Accept-Language", "fr")
                .get("/api/editions/{id}/ranking/export", s.edition()).then().statusCode(200).extract().asByteArray();
        List<String> lines = new String(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines).hasSize(1 + 5 + 1 + 1 + 3);
        assertThat(lines.get(0)).startsWith("Rang;N° du projet;Titre;").endsWith(";Moyenne A;Moyenne B");
        assertThat(lines.get(6)).isEmpty();
        assertThat(lines.get(7)).isEqualTo("Accord entre jurés;Code du critère;Libellé (fr);Libellé (ar);Libellé (en);"
                + "Alpha de Krippendorff;Lecture;Non calculable (raison);IC à 95\u00a0% : borne basse;"
                + "IC à 95\u00a0% : borne haute;IC à 95\u00a0% non calculable (raison);Rééchantillonnages;"
                + "Projets comparés;Notes;Intervalle approximatif");
        JsonPath api = api(s.admin()).get("/api/editions/{id}/ranking/agreement", s.edition()).then().statusCode(200)
                .extract().jsonPath();
        // Numbers with a decimal comma after the semicolon (French spreadsheets), a negative one as a number.
        assertThat(lines.get(8)).isEqualTo("Note pondérée;;;;;0,302;NOT_RELIABLE;;"
                + cell(api.getDouble("overall.interval.lower")) + ";" + cell(api.getDouble("overall.interval.upper"))
                + ";;2000;4;9;oui");
        assertThat(lines.get(9)).startsWith("Critère;A;Usage des TIC;استعمال التكنولوجيا;ICT use;0,200;NOT_RELIABLE;;");
        assertThat(lines.get(10)).startsWith("Critère;B;Impact;الأثر;Impact;0,265;NOT_RELIABLE;;").endsWith(";2000;4;9;oui");
    }

    /** A bound as the French export writes it: three decimals after a comma, a negative one still a number. */
    private static String cell(double value) {
        return String.format(Locale.ROOT, "%.3f", value).replace('.', ',');
    }

    @Test
    void shouldKeepTheAgreementToAdminsOnceTheEvaluationHasBegun() {
        User admin = fixtures.admin();
        long open = fixtures.editionIn(admin, "OPEN");
        api(admin.token()).get("/api/editions/{id}/ranking/agreement", open).then().statusCode(409)
                .body("type", endsWith("/no-ranking-yet"));
        long draft = fixtures.draftEdition(admin);
        api(admin.token()).get("/api/editions/{id}/ranking/agreement", draft).then().statusCode(409);
        long evaluation = fixtures.editionIn(admin, "EVALUATION");
        api(fixtures.juror().token()).get("/api/editions/{id}/ranking/agreement", evaluation).then().statusCode(403);
        api(fixtures.teacher().token()).get("/api/editions/{id}/ranking/agreement", evaluation).then().statusCode(403);
        api(admin.token()).get("/api/editions/{id}/ranking/agreement", 987654321L).then().statusCode(404);
    }
}
