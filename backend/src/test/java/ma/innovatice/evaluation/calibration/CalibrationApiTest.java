package ma.innovatice.evaluation.calibration;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import ma.innovatice.evaluation.agreement.IntraclassCorrelation;
import ma.innovatice.evaluation.agreement.PanelMedianDeviation;
import ma.innovatice.evaluation.agreement.RatingTable;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.Competition;
import ma.innovatice.testing.Fixtures.User;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import static ma.innovatice.testing.Api.api;
import static ma.innovatice.testing.Fixtures.fullScores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Calibration before scoring, through the API: anonymised samples, jurors' scores kept apart from the
 * evaluations, real assignments held back until the administrator closes it, and a report whose
 * numbers are the agreement core's on the same scores.
 */
@QuarkusTest
class CalibrationApiTest {

    /** As in RankingAgreementTest: weighted score 100 × (a/10 + 3 × (b − 1)/4) / 4. */
    private static final List<Map<String, Object>> RUBRIC = Fixtures.TWO_CRITERIA_RUBRIC;

    @Inject
    Fixtures fixtures;

    private static Map<String, Object> setup(List<Long> samples, List<User> jurors) {
        return Map.of("sampleIds", samples, "jurorIds", jurors.stream().map(User::id).toList());
    }

    private static Map<String, Object> marks(int a, int b) {
        return Map.of("scores", List.of(Map.of("criterionCode", "A", "score", a), Map.of("criterionCode", "B", "score", b)));
    }

    /** The weighted score as the database keeps it (four decimals). */
    private static double weighted(int a, int b) {
        return BigDecimal.valueOf(100 * (a / 10.0 + 3 * (b - 1) / 4.0) / 4).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    private static Double rounded(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).doubleValue() + 0.0;
    }

    private List<Long> sampleIds(User admin, long edition) {
        return api(admin.token()).get("/api/editions/{id}/calibration", edition).then().statusCode(200).extract()
                .jsonPath().getList("samples.id", Long.class);
    }

    private long mails(User juror) {
        return ((Number) fixtures.rows("SELECT COUNT(*) AS n FROM outbox_message WHERE account_id = ? AND kind = 'JURY_ASSIGNED'",
                juror.id()).get(0).get("n")).longValue();
    }

    @Test
    void shouldCopyTheSamplesAnonymisedFromThisEditionOrAnArchivedOneAndLeaveTheOriginalsUntouched() {
        User admin = fixtures.admin();
        long archived = fixtures.editionIn(admin, "ARCHIVED");
        long archivedProject = ((Number) fixtures.rows("SELECT id FROM submission WHERE edition_id = ? ORDER BY id LIMIT 1",
                archived).get(0).get("id")).longValue();
        long edition = fixtures.draftEdition(admin);
        List<User> jurors = List.of(fixtures.juror(), fixtures.juror());
        api(admin.token()).body(setup(List.of(archivedProject, archivedProject + 1), jurors))
                .post("/api/editions/{id}/calibration", edition).then().statusCode(409)
                .body("type", endsWith("/calibration-phase"));

        fixtures.move(admin, edition, "OPEN");
        User teacher = fixtures.teacher();
        Map<String, Object> body = new HashMap<>(Fixtures.completeProject("Radio de Prénom Nom"));
        body.put("summary", "Imane Alaoui et Prénom Nom animent la radio du Collège Al Massira (démo).");
        body.put("description", "Au COLLÈGE AL MASSIRA (DÉMO), Mme Nom et sa collègue Alaoui font parler 84 élèves.");
        body.put("schoolName", "Collège Al Massira (démo)");
        body.put("coAuthors", List.of("Imane Alaoui"));
        long project = fixtures.draftProject(teacher, edition, body);
        api(teacher.token()).post("/api/submissions/{id}/submit", project).then().statusCode(200);
        long draft = fixtures.draftProject(fixtures.teacher(), edition, Fixtures.completeProject("Projet en brouillon"));

        api(admin.token()).get("/api/editions/{id}/calibration", edition).then().statusCode(404);
        api(admin.token()).get("/api/editions/{id}/calibration/candidates", edition).then().statusCode(200)
                .body("sourceEditionId", equalTo((int) edition))
                .body("sources.id", hasItems((int) edition, (int) archived))
                .body("projects.id", contains((int) project))
                .body("jurors.id", hasItems((int) jurors.get(0).id(), (int) jurors.get(1).id()));
        api(admin.token()).queryParam("sourceEditionId", archived).get("/api/editions/{id}/calibration/candidates", edition)
                .then().statusCode(200).body("sourceEditionId", equalTo((int) archived))
                .body("projects.id", hasItem((int) archivedProject));
        long otherDraft = fixtures.draftEdition(admin);
        api(admin.token()).queryParam("sourceEditionId", otherDraft).get("/api/editions/{id}/calibration/candidates", edition)
                .then().statusCode(404);

        api(admin.token()).body(setup(List.of(project, draft), jurors)).post("/api/editions/{id}/calibration", edition)
                .then().statusCode(400).body("errors.field", contains("sampleIds[1]"));
        api(admin.token()).body(Map.of("sampleIds", List.of(project, archivedProject), "jurorIds",
                        List.of(jurors.get(0).id(), teacher.id()))).post("/api/editions/{id}/calibration", edition)
                .then().statusCode(400).body("errors.field", contains("jurorIds[1]"));

        String created = api(admin.token()).body(setup(List.of(project, archivedProject), jurors))
                .post("/api/editions/{id}/calibration", edition).then().statusCode(201)
                .body("editionId", equalTo((int) edition))
                .body("status", equalTo("OPEN"))
                .body("samples.project.label", contains("A", "B"))
                .body("samples[0].project.title", equalTo("Radio de […]"))
                .body("samples[0].project.summary", equalTo("[…] et […] animent la radio du […]."))
                .body("samples[0].project.description", equalTo("Au […], Mme […] et sa collègue […] font parler 84 élèves."))
                .body("samples[0].project.technologies", contains("Scratch", "micro:bit"))
                .body("samples[0].project.pupilsCount", equalTo(84))
                .body("samples[0].project.schoolLevel", equalTo("SECONDAIRE_COLLEGIAL"))
                .body("samples[0].source.submissionId", equalTo((int) project))
                .body("samples[0].source.editionId", equalTo((int) edition))
                .body("samples[1].source.submissionId", equalTo((int) archivedProject))
                .body("samples[1].source.editionId", equalTo((int) archived))
                .body("jurors.juror.id", contains((int) jurors.get(0).id(), (int) jurors.get(1).id()))
                .body("jurors.scored", everyItem(equalTo(0)))
                .body("heldAssignments", equalTo(0))
                .extract().asString();
        assertThat(JsonPath.from(created).getList("samples").toString()).doesNotContain("Imane", "Massira", "MASSIRA",
                "Prénom", "regionCode", "schoolName", "author", "coAuthors", "videoUrl", "video.example");
        api(admin.token()).get("/api/submissions/{id}", project).then().statusCode(200)
                .body("title", equalTo("Radio de Prénom Nom"))
                .body("summary", equalTo("Imane Alaoui et Prénom Nom animent la radio du Collège Al Massira (démo)."))
                .body("schoolName", equalTo("Collège Al Massira (démo)"));
        api(admin.token()).body(setup(List.of(project, archivedProject), jurors))
                .post("/api/editions/{id}/calibration", edition).then().statusCode(409)
                .body("type", endsWith("/calibration-exists"));

        User juror = jurors.get(0);
        long sample = api(juror.token()).get("/api/jury/calibration").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].edition.id", equalTo((int) edition))
                .body("[0].samples.label", contains("A", "B"))
                .body("[0].samples.scored", contains(false, false))
                .extract().jsonPath().getLong("[0].samples[0].id");
        String seen = api(juror.token()).get("/api/jury/calibration/samples/{id}", sample).then().statusCode(200)
                .body("project.title", equalTo("Radio de […]"))
                .body("status", equalTo("OPEN"))
                .body("criteria", hasSize(6))
                .body("scores", empty())
                .body("canScore", equalTo(true))
                .extract().asString();
        assertThat(seen).doesNotContain("Imane", "Massira", "Prénom", "\"source\"", "submissionId", "schoolName", "author");
        api(juror.token()).body(Map.of("scores", fullScores())).put("/api/jury/calibration/samples/{id}/scores", sample)
                .then().statusCode(200)
                .body("scores.criterionCode", contains("COLLAB", "KNOW", "SELFREG", "RWPS", "ICT", "COMM"))
                .body("scores.find { it.criterionCode == 'ICT' }.score", equalTo(3))
                .body("scores.find { it.criterionCode == 'ICT' }.gates", contains(true, true, false, true))
                .body("rawScore", notNullValue());
        assertThat(fixtures.rows("SELECT action FROM audit_log WHERE entity_type = 'CALIBRATION' AND entity_id = ?",
                api(admin.token()).get("/api/editions/{id}/calibration", edition).jsonPath().getLong("id")))
                .extracting(r -> r.get("action")).containsExactly("CREATE");
    }

    @Test
    void shouldHoldTheJurorsRealAssignmentsAndTheirEmailUntilTheCalibrationIsClosed() {
        Competition c = fixtures.competition(Map.of(), RUBRIC, List.of(Fixtures.completeProject("Projet 1"),
                Fixtures.completeProject("Projet 2"), Fixtures.completeProject("Projet 3")));
        User admin = c.admin();
        User held = fixtures.juror();
        User early = fixtures.juror();
        User outsider = fixtures.juror();
        long project = c.projects().get(2);
        long earlyAssignment = fixtures.assign(admin, c.edition(), project, early);
        assertThat(mails(early)).isEqualTo(1);

        api(admin.token()).body(setup(c.projects().subList(0, 2), List.of(held, early)))
                .post("/api/editions/{id}/calibration", c.edition()).then().statusCode(201);
        long heldAssignment = fixtures.assign(admin, c.edition(), project, held);
        long outsiderAssignment = fixtures.assign(admin, c.edition(), project, outsider);

        for (User juror : List.of(held, early)) {
            api(juror.token()).get("/api/jury/assignments").then().statusCode(200).body("", empty());
            api(juror.token()).queryParam("editionId", c.edition()).get("/api/jury/assignments").then().statusCode(200)
                    .body("", empty());
            api(juror.token()).get("/api/jury/calibration").then().statusCode(200).body("", hasSize(1));
        }
        for (Map.Entry<User, Long> hidden : Map.of(held, heldAssignment, early, earlyAssignment).entrySet()) {
            api(hidden.getKey().token()).get("/api/jury/assignments/{id}", hidden.getValue()).then().statusCode(404);
            api(hidden.getKey().token()).body(marks(5, 3)).put("/api/jury/assignments/{id}/evaluation", hidden.getValue())
                    .then().statusCode(404);
        }
        api(outsider.token()).get("/api/jury/assignments").then().statusCode(200).body("id", contains((int) outsiderAssignment));
        api(outsider.token()).get("/api/jury/calibration").then().statusCode(200).body("", empty());
        assertThat(mails(held)).as("held back").isZero();
        assertThat(mails(outsider)).isEqualTo(1);
        api(admin.token()).get("/api/editions/{id}/calibration", c.edition()).then().statusCode(200)
                .body("heldAssignments", equalTo(2));

        List<Long> samples = sampleIds(admin, c.edition());
        for (long sample : samples) {
            api(held.token()).body(marks(7, 4)).put("/api/jury/calibration/samples/{id}/scores", sample).then().statusCode(200);
        }
        api(early.token()).body(marks(3, 2)).put("/api/jury/calibration/samples/{id}/scores", samples.get(0))
                .then().statusCode(200);
        api(admin.token()).get("/api/editions/{id}/calibration/report", c.edition()).then().statusCode(200)
                .body("complete.id", contains((int) held.id()))
                .body("missing.juror.id", contains((int) early.id()))
                .body("missing.scored", contains(1))
                .body("total.reason", equalTo("TOO_FEW_JURORS"))
                .body("total.icc21", nullValue())
                .body("deviations", empty());
        api(admin.token()).post("/api/editions/{id}/calibration/close", c.edition()).then().statusCode(409)
                .body("type", endsWith("/calibration-incomplete"));
        api(held.token()).get("/api/jury/assignments").then().statusCode(200).body("", empty());

        api(admin.token()).body(Map.of("allowMissing", true)).post("/api/editions/{id}/calibration/close", c.edition())
                .then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closedAt", notNullValue())
                .body("heldAssignments", equalTo(0));
        api(held.token()).get("/api/jury/assignments").then().statusCode(200).body("id", contains((int) heldAssignment));
        api(held.token()).get("/api/jury/assignments/{id}", heldAssignment).then().statusCode(200);
        api(early.token()).get("/api/jury/assignments").then().statusCode(200).body("id", contains((int) earlyAssignment));
        api(held.token()).get("/api/jury/calibration").then().statusCode(200).body("", empty());
        assertThat(mails(held)).as("sent on release").isEqualTo(1);
        assertThat(mails(early)).as("not twice for the same assignments").isEqualTo(1);

        api(held.token()).get("/api/jury/calibration/samples/{id}", samples.get(0)).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("canScore", equalTo(false))
                .body("scores.score", contains(7, 4));
        api(held.token()).body(marks(1, 1)).put("/api/jury/calibration/samples/{id}/scores", samples.get(0))
                .then().statusCode(409).body("type", endsWith("/calibration-closed"));
        api(admin.token()).body(Map.of("allowMissing", true)).post("/api/editions/{id}/calibration/close", c.edition())
                .then().statusCode(409).body("type", endsWith("/calibration-closed"));
        assertThat(fixtures.rows("SELECT action, after_state FROM audit_log WHERE entity_type = 'CALIBRATION' AND "
                + "action = 'CLOSE' AND entity_id = ?", api(admin.token()).get("/api/editions/{id}/calibration", c.edition())
                .jsonPath().getLong("id"))).singleElement()
                .satisfies(row -> assertThat((String) row.get("after_state")).contains("\"allowMissing\":true"));
    }

    /** The evaluation does not close over an open calibration: its jurors could not see their projects yet. */
    @Test
    void shouldRefuseToCloseTheEvaluationWhileTheCalibrationIsOpen() {
        Competition c = fixtures.competition(Map.of(), RUBRIC, List.of(Fixtures.completeProject("Projet 1"),
                Fixtures.completeProject("Projet 2")));
        User admin = c.admin();
        api(admin.token()).body(setup(c.projects(), List.of(fixtures.juror(), fixtures.juror())))
                .post("/api/editions/{id}/calibration", c.edition()).then().statusCode(201);

        api(admin.token()).queryParam("to", "DELIBERATION").get("/api/editions/{id}/transitions/preview", c.edition())
                .then().statusCode(200).body("blockers", hasItem("CALIBRATION_OPEN"));
        api(admin.token()).body(Fixtures.transitionBody("DELIBERATION")).post("/api/editions/{id}/transitions", c.edition())
                .then().statusCode(409).body("type", endsWith("/calibration-open"));
        assertThat(fixtures.rows("SELECT status FROM edition WHERE id = ?", c.edition()).get(0))
                .containsEntry("status", "EVALUATION");

        api(admin.token()).body(Map.of("allowMissing", true)).post("/api/editions/{id}/calibration/close", c.edition())
                .then().statusCode(200);
        api(admin.token()).queryParam("to", "DELIBERATION").get("/api/editions/{id}/transitions/preview", c.edition())
                .then().statusCode(200).body("blockers", not(hasItem("CALIBRATION_OPEN")));
        api(admin.token()).body(Fixtures.transitionBody("DELIBERATION")).post("/api/editions/{id}/transitions", c.edition())
                .then().statusCode(200).body("status", equalTo("DELIBERATION"));
    }

    @Test
    void shouldReportTheIntraclassCorrelationsAndTheDeviationsFromThePanelMedianAsTheCoreComputesThem() {
        Competition c = fixtures.competition(Map.of(), RUBRIC, List.of(Fixtures.completeProject("Projet 1"),
                Fixtures.completeProject("Projet 2"), Fixtures.completeProject("Projet 3")));
        List<User> jurors = List.of(fixtures.juror(), fixtures.juror(), fixtures.juror(), fixtures.juror());
        api(c.admin().token()).body(setup(c.projects(), jurors)).post("/api/editions/{id}/calibration", c.edition())
                .then().statusCode(201);
        List<Long> samples = sampleIds(c.admin(), c.edition());
        // marks[juror][sample] = {a, b}; the fourth juror scores only the first sample.
        int[][][] marks = {{{9, 5}, {2, 2}, {7, 3}}, {{6, 3}, {5, 3}, {7, 4}}, {{8, 4}, {1, 1}, {3, 4}}, {{5, 3}}};
        for (int j = 0; j < marks.length; j++) {
            for (int s = 0; s < marks[j].length; s++) {
                api(jurors.get(j).token()).body(marks(marks[j][s][0], marks[j][s][1]))
                        .put("/api/jury/calibration/samples/{id}/scores", samples.get(s)).then().statusCode(200)
                        .body("rawScore", equalTo(weighted(marks[j][s][0], marks[j][s][1])));
            }
        }

        JsonPath report = api(c.admin().token()).get("/api/editions/{id}/calibration/report", c.edition())
                .then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("complete.id", contains((int) jurors.get(0).id(), (int) jurors.get(1).id(), (int) jurors.get(2).id()))
                .body("missing.juror.id", contains((int) jurors.get(3).id()))
                .body("missing.scored", contains(1))
                .body("total.samples", equalTo(3)).body("total.jurors", equalTo(3))
                .body("criteria.code", contains("A", "B"))
                .body("criteria.label.fr", contains("Usage des TIC", "Impact"))
                .body("deviations.juror.id", contains((int) jurors.get(0).id(), (int) jurors.get(1).id(),
                        (int) jurors.get(2).id()))
                .body("ratings", hasSize(10))
                .extract().jsonPath();

        Map<String, ToDoubleFunction<int[]>> tables = new LinkedHashMap<>();
        tables.put("total", m -> weighted(m[0], m[1]));
        tables.put("criteria[0].agreement", m -> m[0]);
        tables.put("criteria[1].agreement", m -> m[1]);
        List<String> deviationPaths = List.of("total", "criteria[0].deviation", "criteria[1].deviation");
        int t = 0;
        for (Map.Entry<String, ToDoubleFunction<int[]>> table : tables.entrySet()) {
            RatingTable ratings = RatingTable.create();
            for (int j = 0; j < 3; j++) {
                for (int s = 0; s < 3; s++) {
                    ratings.add(samples.get(s), jurors.get(j).id(), table.getValue().applyAsDouble(marks[j][s]));
                }
            }
            IntraclassCorrelation.Result icc = IntraclassCorrelation.twoWayRandom(ratings);
            assertThat(icc.computable()).isTrue();
            assertThat(report.getDouble(table.getKey() + ".icc21")).as(table.getKey() + " ICC(2,1)")
                    .isEqualTo(rounded(icc.icc21()));
            assertThat(report.getDouble(table.getKey() + ".icc2k")).as(table.getKey() + " ICC(2,k)")
                    .isEqualTo(rounded(icc.icc2k()));
            assertThat(report.getString(table.getKey() + ".reason")).isNull();
            List<PanelMedianDeviation.Deviation> deviations = PanelMedianDeviation.of(ratings);
            for (int j = 0; j < 3; j++) {
                PanelMedianDeviation.Deviation d = deviations.get(j);
                assertThat(d.judge()).isEqualTo(jurors.get(j).id());
                String path = "deviations[" + j + "]." + deviationPaths.get(t);
                assertThat(report.getDouble(path + ".signed")).as(path).isEqualTo(rounded(d.signed()));
                assertThat(report.getDouble(path + ".absolute")).as(path).isEqualTo(rounded(d.absolute()));
            }
            t++;
        }
        // By hand on criterion A: medians 8, 2, 7; the first juror stands +1, 0, 0 from them.
        assertThat(report.getDouble("deviations[0].criteria[0].deviation.signed")).isEqualTo(0.333);
        assertThat(report.getDouble("deviations[2].criteria[0].deviation.signed")).isEqualTo(-1.667);
        assertThat(report.getList("ratings.findAll { it.jurorId == " + jurors.get(3).id() + " }.rawScore", Double.class))
                .containsExactly(weighted(5, 3));
    }

    @Test
    void shouldNeverCountCalibrationScoresInTheRankingTheStatisticsOrTheAgreement() {
        Competition c = fixtures.competition(Map.of(), RUBRIC, List.of(Fixtures.completeProject("Projet 1"),
                Fixtures.completeProject("Projet 2")));
        List<User> jurors = List.of(fixtures.juror(), fixtures.juror());
        api(c.admin().token()).body(setup(c.projects(), jurors)).post("/api/editions/{id}/calibration", c.edition())
                .then().statusCode(201);
        List<Long> samples = sampleIds(c.admin(), c.edition());
        for (User juror : jurors) {
            for (long sample : samples) {
                api(juror.token()).body(marks(10, 5)).put("/api/jury/calibration/samples/{id}/scores", sample)
                        .then().statusCode(200);
            }
        }
        // One real evaluation, by a juror outside the calibration, of the first project.
        User real = fixtures.juror();
        long assignment = fixtures.assign(c.admin(), c.edition(), c.projects().get(0), real);
        api(real.token()).body(marks(2, 1)).put("/api/jury/assignments/{id}/evaluation", assignment).then().statusCode(200);
        api(real.token()).post("/api/jury/assignments/{id}/evaluation/submit", assignment).then().statusCode(200);

        api(c.admin().token()).get("/api/editions/{id}/ranking", c.edition()).then().statusCode(200)
                .body("items.find { it.submissionId == " + c.projects().get(0) + " }.evaluations", equalTo(1))
                .body("items.find { it.submissionId == " + c.projects().get(0) + " }.rawScore", equalTo(weighted(2, 1)))
                .body("items.find { it.submissionId == " + c.projects().get(1) + " }.evaluations", equalTo(0))
                .body("items.find { it.submissionId == " + c.projects().get(1) + " }.rawScore", nullValue());
        api(c.admin().token()).get("/api/editions/{id}/statistics", c.edition()).then().statusCode(200)
                .body("submittedEvaluations", equalTo(1))
                .body("evaluationScoreDistribution.count.sum()", equalTo(1));
        api(c.admin().token()).get("/api/editions/{id}/ranking/agreement", c.edition()).then().statusCode(200)
                .body("overall.projects", equalTo(0)).body("overall.scores", equalTo(0));
        api(c.admin().token()).get("/api/editions/{id}/severity", c.edition()).then().statusCode(200)
                .body("juror.id", not(hasItem((int) jurors.get(0).id())));
        api(c.admin().token()).get("/api/editions/{id}/progress", c.edition()).then().statusCode(200)
                .body("submittedEvaluations", equalTo(1));
        assertThat(fixtures.rows("SELECT COUNT(*) AS n FROM evaluation WHERE edition_id = ?", c.edition()).get(0).get("n"))
                .isEqualTo(1L);
    }

    @Test
    void shouldShowAJurorOnlyTheirOwnSamplesAndScoresAndRequireEveryCriterion() {
        Competition c = fixtures.competition(Map.of(), RUBRIC, List.of(Fixtures.completeProject("Projet 1"),
                Fixtures.completeProject("Projet 2")));
        List<User> jurors = List.of(fixtures.juror(), fixtures.juror());
        User stranger = fixtures.juror();
        api(c.admin().token()).body(setup(c.projects(), jurors)).post("/api/editions/{id}/calibration", c.edition())
                .then().statusCode(201);
        long sample = sampleIds(c.admin(), c.edition()).get(0);

        api(jurors.get(0).token()).body(Map.of("scores", List.of(Map.of("criterionCode", "A", "score", 4))))
                .put("/api/jury/calibration/samples/{id}/scores", sample).then().statusCode(422)
                .body("type", endsWith("/incomplete-calibration"))
                .body("errors.field", contains("scores.B"));
        api(jurors.get(0).token()).body(marks(11, 3)).put("/api/jury/calibration/samples/{id}/scores", sample)
                .then().statusCode(400).body("errors.field", contains("scores[0].score"));
        api(jurors.get(0).token()).body(marks(4, 2)).put("/api/jury/calibration/samples/{id}/scores", sample)
                .then().statusCode(200).body("scores.score", contains(4, 2));
        api(jurors.get(0).token()).body(marks(6, 2)).put("/api/jury/calibration/samples/{id}/scores", sample)
                .then().statusCode(200).body("scores.score", contains(6, 2)).body("rawScore", equalTo(weighted(6, 2)));

        api(jurors.get(1).token()).get("/api/jury/calibration/samples/{id}", sample).then().statusCode(200)
                .body("scores", empty()).body("rawScore", nullValue());
        api(jurors.get(1).token()).get("/api/jury/calibration").then().statusCode(200)
                .body("[0].samples.scored", contains(false, false));
        api(jurors.get(0).token()).get("/api/jury/calibration").then().statusCode(200)
                .body("[0].samples.scored", contains(true, false))
                .body("[0].samples[0].rawScore", equalTo(weighted(6, 2)));
        api(stranger.token()).get("/api/jury/calibration/samples/{id}", sample).then().statusCode(404);
        api(stranger.token()).body(marks(4, 2)).put("/api/jury/calibration/samples/{id}/scores", sample).then().statusCode(404);
        api(stranger.token()).get("/api/editions/{id}/calibration/report", c.edition()).then().statusCode(403);
        api(c.teachers().get(0).token()).get("/api/jury/calibration").then().statusCode(403);
        api(c.admin().token()).get("/api/editions/{id}/calibration/report", c.edition()).then().statusCode(200)
                .body("ratings", hasSize(1)).body("ratings[0].scores.score", contains(6, 2));
    }
}
