package ma.innovatice.award;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.Competition;
import ma.innovatice.testing.Fixtures.User;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static ma.innovatice.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/**
 * What each kind of caller sees of an edition's results before and after publication, the
 * teacher's own result, the certificate and its verification, and the statistics.
 */
@QuarkusTest
class ShowcaseTest {

    @Inject
    Fixtures fixtures;

    /** Three projects scored through the jury's API by two jurors; awards: winner, laureate; the third not retained. */
    record Published(Competition competition, List<User> jurors, String winnerTitle, String loserTitle) {
        long edition() {
            return competition.edition();
        }

        User admin() {
            return competition.admin();
        }

        long project(int i) {
            return competition.projects().get(i);
        }

        User teacher(int i) {
            return competition.teachers().get(i);
        }
    }

    Published deliberating() {
        String suffix = String.valueOf(System.nanoTime());
        String[] titles = {"Robotique au douar " + suffix, "Radio scolaire " + suffix, "Herbier numérique " + suffix};
        String[] regions = {"MA-08", "MA-01", "MA-11"};
        List<Map<String, Object>> bodies = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = new HashMap<>(Fixtures.completeProject(titles[i]));
            body.put("regionCode", regions[i]);
            bodies.add(body);
        }
        Competition c = fixtures.competition(Map.of("laureateCount", 2), null, bodies);
        List<User> jurors = List.of(fixtures.juror(), fixtures.juror());
        int[][] marks = {{4, 4}, {3, 3}, {1, 2}};
        for (int j = 0; j < 2; j++) {
            for (int p = 0; p < 3; p++) {
                long assignment = fixtures.assign(c.admin(), c.edition(), c.projects().get(p), jurors.get(j));
                int mark = marks[p][j];
                api(jurors.get(j).token()).body(Map.of("scores", List.of(
                                Map.of("criterionCode", "COLLAB", "score", mark), Map.of("criterionCode", "KNOW", "score", mark),
                                Map.of("criterionCode", "SELFREG", "score", mark), Map.of("criterionCode", "RWPS", "score", mark),
                                Map.of("criterionCode", "ICT", "score", mark), Map.of("criterionCode", "COMM", "score", mark)),
                                "feedback", "Conseil " + (j + 1) + " pour le projet " + (p + 1),
                                "privateComment", "Secret du juré " + (j + 1)))
                        .put("/api/jury/assignments/{id}/evaluation", assignment).then().statusCode(200);
                api(jurors.get(j).token()).post("/api/jury/assignments/{id}/evaluation/submit", assignment)
                        .then().statusCode(200);
            }
        }
        fixtures.move(c.admin(), c.edition(), "DELIBERATION");
        api(c.admin().token()).body(Map.of()).post("/api/editions/{id}/awards/proposal", c.edition())
                .then().statusCode(200).body("awards", hasSize(2));
        return new Published(c, jurors, titles[0], titles[2]);
    }

    Published published() {
        Published p = deliberating();
        fixtures.move(p.admin(), p.edition(), "PUBLISHED");
        return p;
    }

    @Test
    void shouldShowNothingOfTheResultsBeforePublication() {
        Published p = deliberating();
        for (String token : new String[] {null, p.teacher(0).token(), p.admin().token()}) {
            (token == null ? api() : api(token)).get("/api/editions/{id}/results", p.edition()).then().statusCode(404);
        }
        api().queryParam("editionId", p.edition()).get("/api/laureates").then().statusCode(200)
                .body("total", equalTo(0)).body("items", hasSize(0));
        api(p.teacher(0).token()).get("/api/submissions/{id}/result", p.project(0)).then().statusCode(409)
                .body("type", equalTo("https://innovatice.ma/problems/results-not-published"));
        api(p.teacher(0).token()).accept("application/pdf, application/problem+json")
                .get("/api/submissions/{id}/certificate", p.project(0)).then().statusCode(409);

        // A certificate row of an edition still in deliberation does not verify.
        String code = CertificateCodes.next();
        fixtures.execute("INSERT INTO certificate (code, edition_id, submission_id, kind, issued_at, holder_first_name, "
                + "holder_last_name, project_title, edition_number, edition_year, edition_title, place) "
                + "VALUES (?, ?, ?, 'WINNER', NOW(6), 'A', 'B', 'Titre', 1, 2016, 'Edition', 'Rabat')",
                code, p.edition(), p.project(0));
        api().get("/api/certificates/{code}", code).then().statusCode(404);
        fixtures.execute("DELETE FROM certificate WHERE code = ?", code);
    }

    @Test
    void shouldShowThePublicTheLaureatesAndNothingElse() {
        Published p = published();
        Response results = api().get("/api/editions/{id}/results", p.edition());
        results.then().statusCode(200)
                .body("edition.status", equalTo("PUBLISHED"))
                .body("winner.title", equalTo(p.winnerTitle()))
                .body("winner.regionCode", equalTo("MA-08"))
                .body("winner.kind", equalTo("WINNER"))
                .body("winner.teacherName", startsWith("Prénom"))
                .body("laureates", hasSize(1))
                .body("participants", equalTo(3))
                .body("regions", equalTo(3));
        String body = results.asString();
        assertThat(body).doesNotContain(p.loserTitle()).doesNotContain("Secret").doesNotContain("Conseil")
                .doesNotContain("score").doesNotContain(p.jurors().get(0).email());

        JsonPath laureates = api().queryParam("editionId", p.edition()).get("/api/laureates").then().statusCode(200)
                .extract().jsonPath();
        assertThat(laureates.getInt("total")).isEqualTo(2);
        assertThat(laureates.getList("items.title", String.class)).doesNotContain(p.loserTitle())
                .contains(p.winnerTitle());
        api().queryParam("editionId", p.edition()).queryParam("kind", "WINNER").queryParam("region", "MA-08")
                .get("/api/laureates").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].rank", equalTo(1));
        api().queryParam("editionId", p.edition()).queryParam("region", "MA-11").get("/api/laureates")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldShowATeacherTheirResultAndFeedbackWithoutTheJurors() {
        Published p = published();
        Response mine = api(p.teacher(2).token()).get("/api/submissions/{id}/result", p.project(2));
        mine.then().statusCode(200)
                .body("status", equalTo("NOT_RETAINED"))
                .body("feedback", hasSize(2))
                .body("feedback[0]", equalTo("Conseil 1 pour le projet 3"))
                .body("criteria", hasSize(6))
                .body("criteria[0].code", equalTo("COLLAB"))
                .body("criteria[0].mean", closeTo(1.5, 0.001))
                .body("certificateAvailable", equalTo(true));
        assertThat(mine.asString()).doesNotContain("Secret").doesNotContain(p.jurors().get(0).email())
                .doesNotContain(p.jurors().get(1).email()).doesNotContain(p.winnerTitle());
        assertThat(mine.jsonPath().getMap("$")).doesNotContainKey("award");

        api(p.teacher(0).token()).get("/api/submissions/{id}/result", p.project(0)).then().statusCode(200)
                .body("status", equalTo("WINNER")).body("award.kind", equalTo("WINNER")).body("award.rank", equalTo(1));
        api(p.teacher(1).token()).get("/api/submissions/{id}/result", p.project(0)).then().statusCode(404);
        api(p.jurors().get(0).token()).get("/api/submissions/{id}/result", p.project(0)).then().statusCode(403);
        api().get("/api/submissions/{id}/result", p.project(0)).then().statusCode(401);
        api(p.admin().token()).get("/api/submissions/{id}/result", p.project(1)).then().statusCode(200)
                .body("status", equalTo("LAUREATE"));
    }

    @Test
    void shouldGiveASpecialMentionItsOwnOutcomeEverywhere() {
        Published p = deliberating();
        api(p.admin().token()).body(Map.of("submissionId", p.project(2), "kind", "SPECIAL_MENTION", "rank", 3,
                        "citation", "Pour l'herbier"))
                .post("/api/editions/{id}/awards", p.edition()).then().statusCode(201);
        fixtures.move(p.admin(), p.edition(), "PUBLISHED");

        api(p.teacher(2).token()).get("/api/submissions/{id}/result", p.project(2)).then().statusCode(200)
                .body("status", equalTo("SPECIAL_MENTION")).body("award.kind", equalTo("SPECIAL_MENTION"));
        api(p.teacher(2).token()).get("/api/submissions/{id}", p.project(2)).then().statusCode(200)
                .body("status", equalTo("SPECIAL_MENTION"));
        api(p.admin().token()).queryParam("editionId", p.edition()).queryParam("status", "SPECIAL_MENTION")
                .get("/api/submissions").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo((int) p.project(2)));
        api(p.admin().token()).queryParam("editionId", p.edition()).queryParam("status", "NOT_RETAINED")
                .get("/api/submissions").then().statusCode(200).body("total", equalTo(0));

        JsonPath stats = api(p.admin().token()).get("/api/editions/{id}/statistics", p.edition()).then()
                .statusCode(200).extract().jsonPath();
        assertThat(stats.getList("byStatus.code", String.class)).containsExactly("LAUREATE", "SPECIAL_MENTION", "WINNER");
        assertThat(stats.getList("byRegion.count", Long.class).stream().mapToLong(Long::longValue).sum()).isEqualTo(3);

        byte[] csv = given().auth().oauth2(p.admin().token()).queryParam("editionId", p.edition())
                .get("/api/submissions/export").then().statusCode(200).extract().asByteArray();
        String mention = new String(csv, java.nio.charset.StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith(p.project(2) + ",")).findFirst().orElseThrow();
        assertThat(mention).contains(",SPECIAL_MENTION,").doesNotContain("NOT_RETAINED");

        api().get("/api/editions/{id}/results", p.edition()).then().statusCode(200)
                .body("participants", equalTo(3))
                .body("specialMentions", hasSize(1))
                .body("specialMentions[0].title", equalTo(p.loserTitle()))
                .body("edition.forum.name", equalTo("Global Education Forum"))
                .body("edition.forum.city", equalTo("Budapest"))
                .body("edition.forum.year", equalTo(2026))
                .body("edition.ceremonyVenue", equalTo("Rabat"));
        assertThat(fixtures.count("SELECT COUNT(*) FROM certificate WHERE submission_id = ? AND kind = 'SPECIAL_MENTION'",
                p.project(2))).isEqualTo(1);
    }

    @Test
    void shouldPrintAVerifiableCertificateInFrenchAndArabic() throws Exception {
        Published p = published();
        byte[] pdf = api(p.teacher(0).token()).accept("application/pdf, application/problem+json")
                .get("/api/submissions/{id}/certificate", p.project(0)).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String code = (String) fixtures.rows("SELECT code FROM certificate WHERE submission_id = ?", p.project(0))
                .get(0).get("code");
        String teacherName = (String) fixtures.rows("SELECT CONCAT(first_name, ' ', last_name) n FROM account "
                + "WHERE id = ?", p.teacher(0).id()).get(0).get("n");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(code).contains(teacherName).contains("Grand prix").contains(p.winnerTitle());
            // Arabic letters are joined (shaped): initial and medial forms appear, which isolated letters never use.
            long joined = glyphs(document).codePoints().filter(cp -> cp >= 0xFB50 && cp <= 0xFEFF)
                    .filter(cp -> {
                        String name = Character.getName(cp);
                        return name != null && (name.contains("INITIAL FORM") || name.contains("MEDIAL FORM"));
                    }).count();
            assertThat(joined).as("Arabic letters in joined forms").isGreaterThan(10);
            assertThat(Normalizer.normalize(text, Normalizer.Form.NFKC)).containsAnyOf("الجائزة", "ةزئاجلا");

            String qr = readQrCode(document.getPage(0));
            assertThat(qr).isEqualTo("http://localhost:8080/verify/" + code);
        }

        api().get("/api/certificates/{code}", code).then().statusCode(200)
                .body("code", equalTo(code)).body("kind", equalTo("WINNER"))
                .body("teacherName", equalTo(teacherName)).body("projectTitle", equalTo(p.winnerTitle()));
        // Typed by hand: lower case, without dashes, with O for 0 and I/L for 1.
        String typed = code.replace("-", "").toLowerCase().replace('0', 'o').replace('1', 'l');
        api().get("/api/certificates/{code}", typed).then().statusCode(200).body("code", equalTo(code));
        api().get("/api/certificates/{code}", CertificateCodes.next()).then().statusCode(404);
        api().get("/api/certificates/{code}", "not-a-code").then().statusCode(404);

        byte[] participation = api(p.teacher(2).token()).accept("application/pdf, application/problem+json")
                .get("/api/submissions/{id}/certificate", p.project(2)).then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(participation)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Attestation de participation");
        }
        api(p.teacher(1).token()).accept("application/pdf, application/problem+json")
                .get("/api/submissions/{id}/certificate", p.project(2)).then().statusCode(404);
    }

    /** The characters as drawn, before PDFBox's text extraction folds Arabic presentation forms back to letters. */
    private static String glyphs(PDDocument document) throws java.io.IOException {
        StringBuilder drawn = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                positions.forEach(position -> drawn.append(position.getUnicode()));
            }
        };
        stripper.getText(document);
        return drawn.toString();
    }

    private static String readQrCode(PDPage page) throws Exception {
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                BufferedImage picture = image.getImage();
                int[] pixels = picture.getRGB(0, 0, picture.getWidth(), picture.getHeight(), null, 0, picture.getWidth());
                RGBLuminanceSource source = new RGBLuminanceSource(picture.getWidth(), picture.getHeight(), pixels);
                // The embedded image is the code itself (no photo, no perspective): reading it as a pure
                // barcode is exact, where searching it for finder patterns failed about once in 250 codes.
                return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                        Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
            }
        }
        throw new AssertionError("no image on the certificate");
    }

    @Test
    void shouldCountTheCompetitionForAdminsAndThePublic() {
        Published p = published();
        JsonPath stats = api(p.admin().token()).get("/api/editions/{id}/statistics", p.edition()).then().statusCode(200)
                .extract().jsonPath();
        assertThat(stats.getLong("submissions")).isEqualTo(3);
        assertThat(stats.getList("byRegion.code", String.class)).containsExactly("MA-01", "MA-08", "MA-11");
        assertThat(stats.getList("byStatus.code", String.class)).containsExactly("LAUREATE", "NOT_RETAINED", "WINNER");
        assertThat(stats.getLong("assignments")).isEqualTo(6);
        assertThat(stats.getLong("submittedEvaluations")).isEqualTo(6);
        assertThat(stats.getList("rawScoreDistribution")).hasSize(10);
        assertThat(stats.getList("rawScoreDistribution.count", Long.class).stream().mapToLong(Long::longValue).sum())
                .isEqualTo(3);
        assertThat(stats.getList("evaluationScoreDistribution.count", Long.class).stream().mapToLong(Long::longValue)
                .sum()).isEqualTo(6);
        api(p.jurors().get(0).token()).get("/api/editions/{id}/statistics", p.edition()).then().statusCode(403);

        JsonPath overview = given().accept("application/json").get("/api/statistics").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> mine = overview.getList("editions", Map.class).stream()
                .filter(e -> ((Number) e.get("editionId")).longValue() == p.edition()).findFirst().orElseThrow();
        assertThat(((Number) mine.get("submissions")).longValue()).isEqualTo(3);
        assertThat(((Number) mine.get("regions")).intValue()).isEqualTo(3);
        assertThat(overview.getString("$")).doesNotContain(p.winnerTitle());
    }

    @Test
    void shouldKeepPublicPagesInMemoryAndShowANewPublicationAtOnce() {
        Published p = deliberating();
        // Read while in deliberation: an empty page, kept in memory like any other answer.
        api().queryParam("editionId", p.edition()).get("/api/laureates").then().statusCode(200).body("total", equalTo(0));
        api().get("/api/editions/{id}/results", p.edition()).then().statusCode(404);

        fixtures.move(p.admin(), p.edition(), "PUBLISHED");
        api().queryParam("editionId", p.edition()).get("/api/laureates").then().statusCode(200).body("total", equalTo(2))
                .body("items[0].title", equalTo(p.winnerTitle()));
        api().get("/api/editions/{id}/results", p.edition()).then().statusCode(200)
                .body("winner.title", equalTo(p.winnerTitle()));

        // A change that is not a publication (here made behind the application's back) shows once the
        // kept pages expire or the next edition changes status.
        long author = ((Number) fixtures.rows("SELECT author_id FROM submission WHERE id = ?", p.project(0)).get(0)
                .get("author_id")).longValue();
        fixtures.execute("UPDATE account SET first_name = 'Renommée' WHERE id = ?", author);
        assertThat(publicRegions(p.edition())).isEqualTo(3);
        fixtures.execute("UPDATE submission SET region_code = 'MA-01' WHERE id = ?", p.project(0));
        api().queryParam("editionId", p.edition()).get("/api/laureates").then().statusCode(200)
                .body("items[0].teacherName", startsWith("Prénom"));
        assertThat(publicRegions(p.edition())).isEqualTo(3);
        fixtures.move(p.admin(), p.edition(), "ARCHIVED");
        assertThat(publicRegions(p.edition())).isEqualTo(2);
        api().queryParam("editionId", p.edition()).get("/api/laureates").then().statusCode(200)
                .body("items[0].teacherName", startsWith("Renommée"))
                .body("items[0].editionId", equalTo((int) p.edition()));
        api().get("/api/editions/{id}/results", p.edition()).then().statusCode(200)
                .body("edition.status", equalTo("ARCHIVED")).body("winner.teacherName", startsWith("Renommée"));
    }

    /** The number of regions the public statistics give for an edition. */
    private static int publicRegions(long edition) {
        return given().accept("application/json").get("/api/statistics").then().statusCode(200).extract().jsonPath()
                .getList("editions", Map.class).stream().filter(e -> ((Number) e.get("editionId")).longValue() == edition)
                .map(e -> ((Number) e.get("regions")).intValue()).findFirst().orElseThrow();
    }
}
