package ma.innovatice.submission;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.User;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static ma.innovatice.testing.Api.api;
import static ma.innovatice.testing.Api.invalidRequest;
import static ma.innovatice.testing.Api.multipart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Evidence files: checked by their bytes, limited, stored whole or not at all, streamed back unchanged
 * (these samples carry no metadata; MetadataScrubTest covers files that do).
 */
@QuarkusTest
class AttachmentTest {

    /** A PDF without a single object (nothing to scrub): stored as sent. */
    static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    /** A 1×1 PNG without metadata chunks: stored as sent. */
    static final byte[] PNG = HexFormat.of().parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
            + "1f15c4890000000d49444154789c63f8cfc0f01f00050001ff89993d1d0000000049454e44ae426082");
    /** The start of a JPEG: SOI, JFIF and a scan header; the scan data follows. */
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0,
        0, 1, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xDA, 0, 8, 1, 1, 0, 0, 63, 0};

    @Inject
    Fixtures fixtures;

    private record Project(User teacher, long id) {
    }

    private Project draft() {
        User admin = fixtures.admin();
        long edition = fixtures.editionIn(admin, "OPEN");
        User teacher = fixtures.teacher();
        return new Project(teacher, fixtures.draftProject(teacher, edition, Fixtures.completeProject("Projet avec preuves")));
    }

    static byte[] zip(Map<String, String> entries, boolean storedMimetypeFirst) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                byte[] content = entry.getValue().getBytes(StandardCharsets.UTF_8);
                if (storedMimetypeFirst && entry.getKey().equals("mimetype")) {
                    zipEntry.setMethod(ZipEntry.STORED);
                    zipEntry.setSize(content.length);
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    zipEntry.setCrc(crc.getValue());
                }
                zip.putNextEntry(zipEntry);
                zip.write(content);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static byte[] docx() throws IOException {
        return zip(new java.util.LinkedHashMap<>(Map.of("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>")), false);
    }

    static byte[] odt() throws IOException {
        Map<String, String> entries = new java.util.LinkedHashMap<>();
        entries.put("mimetype", "application/vnd.oasis.opendocument.text");
        entries.put("content.xml", "<office:document-content/>");
        return zip(entries, true);
    }

    private static Response upload(User teacher, long id, Object... nameAndBytes) {
        var request = multipart(teacher.token());
        for (int i = 0; i < nameAndBytes.length; i += 2) {
            request = request.multiPart("files", (String) nameAndBytes[i], (byte[]) nameAndBytes[i + 1], "application/octet-stream");
        }
        return request.post("/api/submissions/{id}/attachments", id);
    }

    private static Response uploadInvalid(User teacher, long id, Object... nameAndBytes) {
        var request = invalidRequest(teacher.token()).contentType(ContentType.MULTIPART);
        for (int i = 0; i < nameAndBytes.length; i += 2) {
            request = request.multiPart("files", (String) nameAndBytes[i], (byte[]) nameAndBytes[i + 1], "application/pdf");
        }
        return request.post("/api/submissions/{id}/attachments", id);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void shouldStoreEveryAcceptedTypeWithItsChecksumAndStreamItBackUnchanged() throws Exception {
        Project project = draft();
        byte[] docx = docx();
        byte[] odt = odt();
        upload(project.teacher(), project.id(), "plan de séance.pdf", PDF, "photo.png", PNG, "rapport.docx", docx,
                "fiche.odt", odt).then()
                .statusCode(201)
                .body("contentType", contains("application/pdf", "image/png",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "application/vnd.oasis.opendocument.text"))
                .body("filename", contains("plan de séance.pdf", "photo.png", "rapport.docx", "fiche.odt"))
                .body("[0].sha256", equalTo(sha256(PDF)))
                .body("[2].sizeBytes", equalTo(docx.length));
        var attachments = api(project.teacher().token()).get("/api/submissions/{id}", project.id()).jsonPath();
        assertThat(attachments.getList("attachments")).hasSize(4);
        long pdfId = attachments.getLong("attachments[0].id");

        Response download = RestAssured.given().auth().oauth2(project.teacher().token())
                .get("/api/submissions/{id}/attachments/{a}", project.id(), pdfId);
        download.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("filename*=UTF-8''plan%20de%20s%C3%A9ance.pdf"))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Content-SHA256", sha256(PDF));
        assertThat(download.asByteArray()).isEqualTo(PDF);
        assertThat(fixtures.rows("SELECT sha256, size_bytes FROM attachment WHERE id = ?", pdfId).get(0))
                .containsEntry("sha256", sha256(PDF)).containsEntry("size_bytes", (long) PDF.length);
        assertThat(fixtures.count("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'SUBMISSION' AND entity_id = ? "
                + "AND action = 'ATTACH'", project.id())).isEqualTo(4);
    }

    @Test
    void shouldKeepTheEvidenceCountOfTheAdminListOnEveryUploadAndDeletion() {
        Project project = draft();
        User admin = fixtures.admin();
        long edition = api(project.teacher().token()).get("/api/submissions/{id}", project.id()).jsonPath()
                .getLong("edition.id");
        upload(project.teacher(), project.id(), "a.pdf", PDF, "b.png", PNG).then().statusCode(201);
        multipart(project.teacher().token()).multiPart("files", "accord.pdf", PDF, "application/pdf")
                .multiPart("purpose", "AUTHORISATION").post("/api/submissions/{id}/attachments", project.id())
                .then().statusCode(201);
        api(admin.token()).queryParam("editionId", edition).get("/api/submissions").then().statusCode(200)
                .body("items.find { it.id == " + project.id() + " }.attachmentCount", equalTo(2));
        var files = api(project.teacher().token()).get("/api/submissions/{id}", project.id()).jsonPath();
        api(project.teacher().token()).delete("/api/submissions/{id}/attachments/{a}", project.id(),
                files.getLong("attachments[0].id")).then().statusCode(204);
        api(project.teacher().token()).delete("/api/submissions/{id}/attachments/{a}", project.id(),
                files.getLong("authorisations[0].id")).then().statusCode(204);
        api(admin.token()).queryParam("editionId", edition).get("/api/submissions").then().statusCode(200)
                .body("items.find { it.id == " + project.id() + " }.attachmentCount", equalTo(1));
        assertThat(fixtures.count("SELECT attachment_count FROM submission WHERE id = ?", project.id())).isEqualTo(1);
    }

    @Test
    void shouldSendAnArabicFileNameWholeInFilenameStarBesideAnAsciiFallback() {
        Project project = draft();
        String name = "مشروع القسم.pdf";
        long id = upload(project.teacher(), project.id(), name, PDF).then().statusCode(201)
                .body("[0].filename", equalTo(name)).extract().jsonPath().getLong("[0].id");
        String header = RestAssured.given().auth().oauth2(project.teacher().token())
                .get("/api/submissions/{id}/attachments/{a}", project.id(), id).then().statusCode(200)
                .extract().header("Content-Disposition");
        assertThat(header).isEqualTo("attachment; filename=\"_____ _____.pdf\"; filename*=UTF-8''"
                + "%D9%85%D8%B4%D8%B1%D9%88%D8%B9%20%D8%A7%D9%84%D9%82%D8%B3%D9%85.pdf");
        assertThat(java.net.URLDecoder.decode(header.substring(header.indexOf("UTF-8''") + 7), StandardCharsets.UTF_8))
                .isEqualTo(name);
    }

    @Test
    void shouldStreamAFileLargerThanOneChunk() throws Exception {
        Project project = draft();
        byte[] big = new byte[1024 * 1024 + 12345];
        new java.util.Random(42).nextBytes(big);
        for (int i = 0; i < big.length; i++) {
            if (big[i] == (byte) 0xFF) {
                big[i] = 0; // no marker inside the scan data
            }
        }
        System.arraycopy(JPEG, 0, big, 0, JPEG.length);
        big[big.length - 2] = (byte) 0xFF;
        big[big.length - 1] = (byte) 0xD9;
        long id = upload(project.teacher(), project.id(), "classe.jpeg", big).then().statusCode(201)
                .body("[0].contentType", equalTo("image/jpeg")).body("[0].filename", equalTo("classe.jpeg"))
                .extract().jsonPath().getLong("[0].id");
        assertThat(fixtures.count("SELECT COUNT(*) FROM attachment_chunk WHERE attachment_id = ?", id)).isEqualTo(2);
        byte[] back = RestAssured.given().auth().oauth2(project.teacher().token())
                .get("/api/submissions/{id}/attachments/{a}", project.id(), id).then().statusCode(200).extract().asByteArray();
        assertThat(Arrays.equals(back, big)).isTrue();
    }

    @Test
    void shouldRejectAFileWhoseBytesAreNotOfAnAcceptedTypeWhateverItsName() throws Exception {
        Project project = draft();
        byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII);
        byte[] otherZip = zip(Map.of("payload.exe", "MZ"), false);
        for (byte[] bad : new byte[][] {script, otherZip}) {
            uploadInvalid(project.teacher(), project.id(), "devoir.pdf", PDF, "rapport.pdf", bad).then()
                    .statusCode(415).contentType("application/problem+json")
                    .body("type", endsWith("/unsupported-file-type")).body("detail", containsString("rapport.pdf"))
                    .body("errors.field", contains("files[1]")).body("errors[0].message", containsString("rapport.pdf"));
        }
        assertThat(fixtures.count("SELECT COUNT(*) FROM attachment WHERE submission_id = ?", project.id())).isZero();
    }

    @Test
    void shouldRejectAnOversizeOrEmptyFileAndTooManyFilesStoringNothing() {
        Project project = draft();
        byte[] oversize = Arrays.copyOf(PDF, 2 * 1024 * 1024 + 1);
        uploadInvalid(project.teacher(), project.id(), "a.pdf", PDF, "b.pdf", oversize).then()
                .statusCode(413).contentType("application/problem+json").body("type", endsWith("/file-too-large"))
                .body("errors.field", contains("files[1]")).body("maxFileSize", equalTo(2 * 1024 * 1024));
        uploadInvalid(project.teacher(), project.id(), "a.pdf", PDF, "vide.pdf", new byte[0]).then()
                .statusCode(400).body("errors.field", hasItem("files[1]"));
        uploadInvalid(project.teacher(), project.id(), "1.pdf", PDF, "2.pdf", PDF, "3.pdf", PDF, "4.pdf", PDF, "5.pdf", PDF)
                .then().statusCode(400).body("errors.field", hasItem("files"));
        invalidRequest(project.teacher().token()).contentType(ContentType.MULTIPART).multiPart("other", "x")
                .post("/api/submissions/{id}/attachments", project.id()).then().statusCode(400)
                .body("errors.field", hasItem("files"));
        assertThat(fixtures.count("SELECT COUNT(*) FROM attachment WHERE submission_id = ?", project.id())).isZero();

        upload(project.teacher(), project.id(), "1.pdf", PDF, "2.pdf", PDF, "3.pdf", PDF).then().statusCode(201);
        uploadInvalid(project.teacher(), project.id(), "4.pdf", PDF, "5.pdf", PDF).then().statusCode(400);
        assertThat(fixtures.count("SELECT COUNT(*) FROM attachment WHERE submission_id = ?", project.id())).isEqualTo(3);
    }

    @Test
    void shouldSanitiseFileNames() {
        Project project = draft();
        upload(project.teacher(), project.id(), "rapport..final", PDF, ".cachée\u202E.png", PNG, "  ", PDF)
                .then().statusCode(201)
                .body("filename", contains("rapport..final.pdf", "cachée.png", "document.pdf"));
    }

    @Test
    void shouldRejectPathsAsFileNamesStoringNothing() {
        Project project = draft();
        for (String name : new String[] {"../../etc/passwd.pdf", "..\\..\\win.ini", "dossier/plan.pdf", "C:\\plan.pdf"}) {
            uploadInvalid(project.teacher(), project.id(), "ok.pdf", PDF, name, PDF).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("files[1]"));
        }
        assertThat(fixtures.count("SELECT COUNT(*) FROM attachment WHERE submission_id = ?", project.id())).isZero();
    }

    @Test
    void shouldLetOnlyTheAuthorAndAdminsReachTheFiles() {
        Project project = draft();
        long id = upload(project.teacher(), project.id(), "plan.pdf", PDF).then().statusCode(201)
                .extract().jsonPath().getLong("[0].id");
        User stranger = fixtures.teacher();
        RestAssured.given().auth().oauth2(stranger.token()).get("/api/submissions/{s}/attachments/{a}", project.id(), id)
                .then().statusCode(404).contentType("application/problem+json");
        RestAssured.given().auth().oauth2(fixtures.juror().token())
                .get("/api/submissions/{s}/attachments/{a}", project.id(), id).then().statusCode(403);
        RestAssured.given().get("/api/submissions/{s}/attachments/{a}", project.id(), id).then().statusCode(401);
        RestAssured.given().auth().oauth2(fixtures.admin().token())
                .get("/api/submissions/{s}/attachments/{a}", project.id(), id).then().statusCode(200);
        api(stranger.token()).delete("/api/submissions/{s}/attachments/{a}", project.id(), id).then().statusCode(404);
        assertThat(fixtures.count("SELECT COUNT(*) FROM attachment WHERE id = ?", id)).isEqualTo(1);

        api(project.teacher().token()).delete("/api/submissions/{s}/attachments/{a}", project.id(), id).then().statusCode(204);
        assertThat(fixtures.count("SELECT COUNT(*) FROM attachment WHERE id = ?", id)).isZero();
        assertThat(fixtures.count("SELECT COUNT(*) FROM attachment_chunk WHERE attachment_id = ?", id)).isZero();
        api(project.teacher().token()).get("/api/submissions/{id}/history", project.id()).then()
                .body("action", hasItem("DETACH")).body("find { it.action == 'DETACH' }.filename", equalTo("plan.pdf"));
    }
}
