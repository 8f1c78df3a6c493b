package ma.innovatice.gallery;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import io.quarkus.test.junit.QuarkusTest;
import ma.innovatice.testing.Api;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.User;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static ma.innovatice.testing.Api.api;
import static ma.innovatice.testing.Api.invalidRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/**
 * The gallery of laureate projects: who may consent and with which files, what the public reads
 * (filters, search, files inline with their headers), and a revocation seen at once through the
 * public pages' cache.
 */
@QuarkusTest
class GalleryTest {

    static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    /** A 1×1 PNG without metadata chunks (stored as sent). */
    static final byte[] PNG = HexFormat.of().parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
            + "1f15c4890000000d49444154789c63f8cfc0f01f00050001ff89993d1d0000000049454e44ae426082");

    @Inject
    Fixtures fixtures;

    @Inject
    GalleryService service;

    /**
     * An edition with three projects: 0 the winner (MA-08, PRIMAIRE, with a photo, a lesson plan, a
     * draft photo and the parents' authorisations), 1 a special mention (MA-01, with a photo declared
     * as showing pupils and a report), 2 not retained. Published unless {@code publish} is false.
     */
    record World(User admin, long edition, List<User> teachers, List<Long> projects, Map<String, Long> files,
                 String suffix) {
        User teacher(int i) {
            return teachers.get(i);
        }

        long project(int i) {
            return projects.get(i);
        }

        long file(String name) {
            return files.get(name);
        }
    }

    World world(boolean publish) throws IOException {
        String suffix = Long.toString(System.nanoTime(), 36);
        User admin = fixtures.admin();
        long edition = fixtures.editionIn(admin, "OPEN");
        List<User> teachers = new ArrayList<>();
        List<Long> projects = new ArrayList<>();
        Map<String, Long> files = new HashMap<>();
        String[][] shapes = {
            {"Robotique solaire " + suffix, "Des élèves construisent un robot qui suit le soleil.", "MA-08", "PRIMAIRE", "Physique " + suffix},
            {"Herbier numérique " + suffix, "Une écologie du jardin, photographiée et classée.", "MA-01", "SECONDAIRE_COLLEGIAL", "SVT " + suffix},
            {"Radio scolaire " + suffix, "Une émission par semaine.", "MA-04", "PRIMAIRE", "Français " + suffix}};
        for (int i = 0; i < shapes.length; i++) {
            User teacher = fixtures.teacher();
            Map<String, Object> body = new HashMap<>(Fixtures.completeProject(shapes[i][0]));
            body.put("summary", shapes[i][1]);
            body.put("regionCode", shapes[i][2]);
            body.put("schoolLevel", shapes[i][3]);
            body.put("discipline", shapes[i][4]);
            long id = fixtures.draftProject(teacher, edition, body);
            Map<String, byte[]> uploads = new LinkedHashMap<>();
            if (i == 0) {
                uploads.put("maquette.png", PNG);
                uploads.put("plan de séance.pdf", PDF);
                uploads.put("brouillon.png", PNG);
                uploads.put("autorisations.pdf", PDF);
            } else if (i == 1) {
                uploads.put("classe.png", PNG);
                uploads.put("rapport.docx", docx());
            }
            if (!uploads.isEmpty()) {
                var request = Api.multipart(teacher.token());
                for (Map.Entry<String, byte[]> upload : uploads.entrySet()) {
                    request = request.multiPart("files", upload.getKey(), upload.getValue(), "application/octet-stream");
                }
                List<Map<String, Object>> stored = request.post("/api/submissions/{id}/attachments", id)
                        .then().statusCode(201).extract().jsonPath().getList("$");
                for (Map<String, Object> file : stored) {
                    files.put((String) file.get("filename"), ((Number) file.get("id")).longValue());
                }
            }
            api(teacher.token()).post("/api/submissions/{id}/submit", id).then().statusCode(200);
            teachers.add(teacher);
            projects.add(id);
        }
        // What the other features of issue 20 record: a file of parents' authorisations, a photo showing pupils.
        fixtures.execute("UPDATE attachment SET purpose = 'AUTHORISATION' WHERE id = ?", files.get("autorisations.pdf"));
        fixtures.execute("UPDATE attachment SET shows_pupils = TRUE WHERE id = ?", files.get("classe.png"));
        fixtures.move(admin, edition, "EVALUATION");
        World world = new World(admin, edition, teachers, projects, files, suffix);
        if (publish) {
            publish(world);
        }
        return world;
    }

    /** Awards and publication as the deliberation would leave them (written directly: the judging is not the point here). */
    void publish(World w) {
        fixtures.execute("INSERT INTO award (edition_id, submission_id, kind, award_rank, citation, created_at, updated_at) "
                + "VALUES (?, ?, 'WINNER', 1, 'Un robot qui suit le soleil', NOW(6), NOW(6)), "
                + "(?, ?, 'SPECIAL_MENTION', 2, NULL, NOW(6), NOW(6))", w.edition(), w.project(0), w.edition(), w.project(1));
        fixtures.execute("UPDATE submission SET status = CASE id WHEN ? THEN 'WINNER' WHEN ? THEN 'SPECIAL_MENTION' "
                + "ELSE 'NOT_RETAINED' END WHERE edition_id = ?", w.project(0), w.project(1), w.edition());
        fixtures.execute("UPDATE edition SET status = 'PUBLISHED' WHERE id = ?", w.edition());
    }

    static Map<String, Object> consent(Object... idAndStatement) {
        List<Map<String, Object>> files = new ArrayList<>();
        for (int i = 0; i < idAndStatement.length; i += 2) {
            files.add(Map.of("attachmentId", idAndStatement[i], "showsNoPupils", idAndStatement[i + 1]));
        }
        return Map.of("consent", true, "files", files);
    }

    static byte[] docx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : List.of("[Content_Types].xml", "word/document.xml")) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** An id as the JSON path reads it (small ids are Integers). */
    static int id(long value) {
        return Math.toIntExact(value);
    }

    private Response list(Map<String, Object> query) {
        return api().queryParams(query).get("/api/gallery");
    }

    /** Issue 21: the edition's title and the citation in the request's language, in French where not translated. */
    @Test
    void shouldServeTheCitationAndEditionTitleInTheLanguageAskedWithFrenchFallback() throws IOException {
        World w = world(true);
        fixtures.execute("UPDATE award SET citation_ar = 'روبوت يتبع الشمس' WHERE submission_id = ?", w.project(0));
        fixtures.execute("UPDATE edition SET title_ar = 'دورة المعرض', title_en = 'Gallery edition' WHERE id = ?",
                w.edition());
        String french = (String) fixtures.rows("SELECT title FROM edition WHERE id = ?", w.edition()).get(0).get("title");
        api(w.teacher(0).token()).body(consent(w.file("maquette.png"), true))
                .put("/api/submissions/{id}/gallery", w.project(0)).then().statusCode(200);

        api().queryParam("lang", "ar").get("/api/gallery/{id}", w.project(0)).then().statusCode(200)
                .header("Content-Language", "ar")
                .body("editionTitle", equalTo("دورة المعرض"))
                .body("citation", equalTo("روبوت يتبع الشمس"))
                .body("citationLanguage", equalTo("ar"));
        api().get("/api/gallery/{id}", w.project(0)).then().statusCode(200)
                .body("editionTitle", equalTo(french))
                .body("citation", equalTo("Un robot qui suit le soleil"))
                .body("citationLanguage", equalTo("fr"));
        api().header("Accept-Language", "en").get("/api/gallery/{id}", w.project(0)).then().statusCode(200)
                .body("editionTitle", equalTo("Gallery edition"))
                .body("citation", equalTo("Un robot qui suit le soleil"))
                .body("citationLanguage", equalTo("fr"));
    }

    @Test
    void shouldRefuseTheGalleryBeforePublicationToOthersAndToProjectsWithoutAnAward() throws IOException {
        World w = world(false);
        api(w.teacher(0).token()).body(consent(w.file("maquette.png"), true))
                .put("/api/submissions/{id}/gallery", w.project(0)).then().statusCode(409)
                .body("type", equalTo("https://innovatice.ma/problems/results-not-published"));
        api(w.teacher(0).token()).get("/api/submissions/{id}/gallery", w.project(0)).then().statusCode(200)
                .body("eligible", equalTo(false)).body("inGallery", equalTo(false));

        publish(w);
        api(w.teacher(2).token()).body(consent()).put("/api/submissions/{id}/gallery", w.project(2))
                .then().statusCode(409).body("type", equalTo("https://innovatice.ma/problems/not-a-laureate"));
        api(w.teacher(2).token()).get("/api/submissions/{id}/gallery", w.project(2)).then().statusCode(200)
                .body("eligible", equalTo(false));
        // Another teacher finds nothing, whatever she asks.
        api(w.teacher(1).token()).get("/api/submissions/{id}/gallery", w.project(0)).then().statusCode(404);
        api(w.teacher(1).token()).body(consent(w.file("maquette.png"), true))
                .put("/api/submissions/{id}/gallery", w.project(0)).then().statusCode(404);
        api(w.teacher(1).token()).delete("/api/submissions/{id}/gallery", w.project(0)).then().statusCode(404);
        assertThat(fixtures.count("SELECT COUNT(*) FROM gallery_entry WHERE submission_id IN (?, ?, ?)",
                w.project(0), w.project(1), w.project(2))).isZero();
    }

    @Test
    void shouldRefuseEveryFileThatMayNotBePublicAndWriteNothing() throws IOException {
        World w = world(true);
        api(w.teacher(0).token()).get("/api/submissions/{id}/gallery", w.project(0)).then().statusCode(200)
                .body("eligible", equalTo(true))
                .body("files.filename", contains("maquette.png", "plan de séance.pdf", "brouillon.png"))
                // The project is declared as showing no pupil: her files start with that answer (still hers to confirm).
                .body("files.showsPupils", contains(false, false, false));

        api(w.teacher(0).token()).header("Accept-Language", "en").body(consent(w.file("autorisations.pdf"), true, w.file("classe.png"), true,
                        w.file("maquette.png"), false, w.file("plan de séance.pdf"), true))
                .put("/api/submissions/{id}/gallery", w.project(0)).then().statusCode(422)
                .body("type", equalTo("https://innovatice.ma/problems/gallery-file-refused"))
                .body("errors.field", contains("files[0].attachmentId", "files[1].attachmentId", "files[2].showsNoPupils"))
                .body("errors[0].message", containsString("authorisations"))
                .body("errors[1].message", containsString("not a file of this project"));
        api(w.teacher(1).token()).header("Accept-Language", "en").body(consent(w.file("classe.png"), true))
                .put("/api/submissions/{id}/gallery", w.project(1)).then().statusCode(422)
                .body("errors.field", contains("files[0].attachmentId"))
                .body("errors[0].message", containsString("showing pupils"));
        assertThat(fixtures.count("SELECT COUNT(*) FROM gallery_entry WHERE submission_id IN (?, ?)", w.project(0),
                w.project(1))).isZero();
        assertThat(fixtures.count("SELECT COUNT(*) FROM attachment WHERE submission_id = ? AND shows_pupils IS NOT NULL",
                w.project(0))).isZero();

        invalidRequest(w.teacher(0).token()).body(Map.of("consent", false, "files", List.of()))
                .put("/api/submissions/{id}/gallery", w.project(0)).then().statusCode(400)
                .body("errors.field", contains("consent"));
        invalidRequest(w.teacher(0).token()).body(consent(w.file("maquette.png"), true, w.file("maquette.png"), true))
                .put("/api/submissions/{id}/gallery", w.project(0)).then().statusCode(400)
                .body("errors.field", contains("files[1].attachmentId"));
        Object[] tooMany = new Object[42];
        for (int i = 0; i < tooMany.length; i += 2) {
            tooMany[i] = i + 1;
            tooMany[i + 1] = true;
        }
        invalidRequest(w.teacher(0).token()).body(consent(tooMany)).put("/api/submissions/{id}/gallery", w.project(0))
                .then().statusCode(400);
    }

    @Test
    void shouldShowTheChosenFilesInlineWithSafeHeadersAndNoOtherFile() throws IOException {
        World w = world(true);
        api(w.teacher(0).token()).body(consent(w.file("maquette.png"), true, w.file("plan de séance.pdf"), true))
                .put("/api/submissions/{id}/gallery", w.project(0)).then().statusCode(200)
                .body("inGallery", equalTo(true))
                .body("files.findAll { it.selected }.filename", contains("maquette.png", "plan de séance.pdf"))
                .body("files.find { it.filename == 'maquette.png' }.showsPupils", equalTo(false));
        assertThat(fixtures.rows("SELECT action FROM audit_log WHERE entity_type = 'SUBMISSION' AND entity_id = ? "
                + "AND action LIKE 'GALLERY%'", w.project(0))).extracting(r -> r.get("action")).containsExactly("GALLERY_CONSENT");

        api().get("/api/gallery/{id}", w.project(0)).then().statusCode(200)
                .body("title", equalTo("Robotique solaire " + w.suffix()))
                .body("kind", equalTo("WINNER")).body("citation", equalTo("Un robot qui suit le soleil"))
                .body("regionCode", equalTo("MA-08")).body("technologies", contains("Scratch", "micro:bit"))
                .body("teacherName", startsWith("Prénom"))
                .body("files.filename", contains("maquette.png", "plan de séance.pdf"))
                .body("files.preview", contains("IMAGE", "PDF"));

        Response png = api().accept("*/*").get("/api/gallery/{id}/files/{file}", w.project(0), w.file("maquette.png"));
        png.then().statusCode(200).contentType("image/png");
        assertThat(png.asByteArray()).isEqualTo(PNG);
        assertThat(png.header("Content-Disposition")).isEqualTo("inline; filename=\"maquette.png\"; filename*=UTF-8''maquette.png");
        assertThat(png.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(png.header("Content-Security-Policy")).startsWith("sandbox;").contains("default-src 'none'")
                .contains("frame-ancestors 'self'");
        assertThat(png.header("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(png.header("Cache-Control")).isEqualTo("public, no-cache");
        String etag = png.header("ETag");
        assertThat(etag).matches("\"[0-9a-f]{64}\"");
        api().accept("*/*").header("If-None-Match", etag)
                .get("/api/gallery/{id}/files/{file}", w.project(0), w.file("maquette.png")).then().statusCode(304);

        Response pdf = api().accept("*/*").get("/api/gallery/{id}/files/{file}", w.project(0), w.file("plan de séance.pdf"));
        pdf.then().statusCode(200).contentType("application/pdf");
        assertThat(pdf.asByteArray()).isEqualTo(PDF);
        assertThat(pdf.header("Content-Disposition")).isEqualTo(
                "inline; filename=\"plan de seance.pdf\"; filename*=UTF-8''plan%20de%20s%C3%A9ance.pdf");
        assertThat(pdf.header("Content-Security-Policy")).startsWith("sandbox;");

        // Another type is a download.
        api(w.teacher(1).token()).body(consent(w.file("rapport.docx"), true))
                .put("/api/submissions/{id}/gallery", w.project(1)).then().statusCode(200);
        api().get("/api/gallery/{id}", w.project(1)).then().statusCode(200).body("files.preview", contains("NONE"));
        Response report = api().accept("*/*").get("/api/gallery/{id}/files/{file}", w.project(1), w.file("rapport.docx"));
        report.then().statusCode(200);
        assertThat(report.header("Content-Disposition")).startsWith("attachment;");

        // Never a file she did not choose, her parents' authorisations, or another project's file.
        for (long file : new long[] {w.file("brouillon.png"), w.file("autorisations.pdf"), w.file("classe.png")}) {
            api().accept("*/*").get("/api/gallery/{id}/files/{file}", w.project(0), file).then().statusCode(404);
        }
        // Not a gallery path: the site's own policy, no framing.
        Response other = api().get("/api/gallery/{id}", w.project(0));
        assertThat(other.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(other.header("Content-Security-Policy")).contains("frame-ancestors 'none'");

        // A file later declared as showing pupils leaves the gallery.
        fixtures.execute("UPDATE attachment SET shows_pupils = TRUE WHERE id = ?", w.file("plan de séance.pdf"));
        api().accept("*/*").get("/api/gallery/{id}/files/{file}", w.project(0), w.file("plan de séance.pdf"))
                .then().statusCode(404);
    }

    @Test
    void shouldFilterAndSearchThePublicGalleryByEditionThenRank() throws IOException {
        World w = world(true);
        api(w.teacher(1).token()).body(consent()).put("/api/submissions/{id}/gallery", w.project(1)).then().statusCode(200);
        api(w.teacher(0).token()).body(consent(w.file("plan de séance.pdf"), true, w.file("maquette.png"), true))
                .put("/api/submissions/{id}/gallery", w.project(0)).then().statusCode(200);

        list(Map.of("edition", w.edition())).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.submissionId", contains(id(w.project(0)), id(w.project(1))))
                .body("items[0].fileCount", equalTo(2))
                .body("items[0].coverFileId", equalTo((int) w.file("maquette.png")))
                .body("items[1].fileCount", equalTo(0))
                .body("items[1].kind", equalTo("SPECIAL_MENTION"))
                .body("disciplines", hasItems("Physique " + w.suffix(), "SVT " + w.suffix()));
        list(Map.of("edition", w.edition(), "region", "MA-01")).then().body("items.submissionId", contains(id(w.project(1))));
        list(Map.of("edition", w.edition(), "level", "PRIMAIRE")).then().body("items.submissionId", contains(id(w.project(0))));
        list(Map.of("discipline", "SVT " + w.suffix())).then().body("items.submissionId", contains(id(w.project(1))));
        // Case and accents as the collation compares them, in the title or the summary.
        list(Map.of("q", "HERBIER NUMERIQUE " + w.suffix())).then().body("items.submissionId", contains(id(w.project(1))));
        list(Map.of("q", "ecologie", "edition", w.edition())).then().body("items.submissionId", contains(id(w.project(1))));
        list(Map.of("q", "  robot qui suit  ", "edition", w.edition())).then().body("items.submissionId", contains(id(w.project(0))));
        // LIKE's wildcards are letters like the others.
        list(Map.of("q", "%", "edition", w.edition())).then().body("items", empty());
        list(Map.of("q", "Robotique_solaire", "edition", w.edition())).then().body("items", empty());
        // The project not awarded is never listed; a page beyond the end is empty.
        list(Map.of("q", "Radio scolaire " + w.suffix())).then().body("total", equalTo(0));
        list(Map.of("edition", w.edition(), "size", 1, "page", 1)).then()
                .body("items.submissionId", contains(id(w.project(1)))).body("total", equalTo(2));

        invalidRequest().queryParam("q", "x".repeat(101)).get("/api/gallery").then().statusCode(400);
        invalidRequest().queryParam("size", 101).get("/api/gallery").then().statusCode(400);
        invalidRequest().queryParam("region", "MA-99").get("/api/gallery").then().statusCode(400);
        api().get("/api/gallery/{id}", w.project(2)).then().statusCode(404);
    }

    @Test
    void shouldTakeAProjectOutOfEveryPublicAnswerAtOnceWhenItsTeacherRevokes() throws IOException {
        World w = world(true);
        api(w.teacher(0).token()).body(consent(w.file("maquette.png"), true))
                .put("/api/submissions/{id}/gallery", w.project(0)).then().statusCode(200);
        // Read twice, so that the cached answers are what a revocation must replace.
        for (int i = 0; i < 2; i++) {
            list(Map.of("edition", w.edition())).then().body("items.submissionId", contains(id(w.project(0))));
            api().get("/api/gallery/{id}", w.project(0)).then().statusCode(200);
        }

        api(w.teacher(0).token()).delete("/api/submissions/{id}/gallery", w.project(0)).then().statusCode(204);
        list(Map.of("edition", w.edition())).then().body("total", equalTo(0)).body("items", hasSize(0));
        api().get("/api/gallery/{id}", w.project(0)).then().statusCode(404);
        api().accept("*/*").get("/api/gallery/{id}/files/{file}", w.project(0), w.file("maquette.png")).then().statusCode(404);
        api(w.teacher(0).token()).get("/api/submissions/{id}/gallery", w.project(0)).then().statusCode(200)
                .body("inGallery", equalTo(false)).body("files.findAll { it.selected }", empty());
        assertThat(fixtures.count("SELECT COUNT(*) FROM gallery_file WHERE submission_id = ?", w.project(0))).isZero();
        assertThat(fixtures.rows("SELECT action FROM audit_log WHERE entity_type = 'SUBMISSION' AND entity_id = ? "
                        + "AND action LIKE 'GALLERY%' ORDER BY id", w.project(0)))
                .extracting(r -> r.get("action")).containsExactly("GALLERY_CONSENT", "GALLERY_REVOKE");
        // Revoking again changes nothing and is not an error.
        api(w.teacher(0).token()).delete("/api/submissions/{id}/gallery", w.project(0)).then().statusCode(204);

        // Erasure's entry point does the same.
        api(w.teacher(0).token()).body(consent()).put("/api/submissions/{id}/gallery", w.project(0)).then().statusCode(200);
        list(Map.of("edition", w.edition())).then().body("total", equalTo(1));
        assertThat(QuarkusTransaction.requiringNew().call(() -> service.forget(w.project(0)))).isTrue();
        list(Map.of("edition", w.edition())).then().body("total", equalTo(0));
    }
}
