package ma.innovatice.submission;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.User;
import ma.innovatice.testing.ReliabilityReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static ma.innovatice.testing.Api.api;
import static ma.innovatice.testing.Api.multipart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/**
 * Finding 5 of issue 16: a juror of a blind edition downloaded the evidence files with their
 * author's name and email in the PDF information, the pictures' Exif/XMP/IPTC and the Office
 * properties. The files are built here with those traces, uploaded by a teacher, downloaded by the
 * assigned juror and the owner, and read by Debian's exiftool (a reader that is not ours) when it is
 * installed, and always by Java: no trace is left, the content is the same.
 */
@QuarkusTest
class MetadataScrubTest {

    private static final String NAME = "Zineb Tazi";
    private static final String EMAIL = "zineb.tazi@example.ma";
    private static final Path EXIFTOOL = Path.of("/usr/bin/exiftool");
    /** Tags that name a person, whatever the format. */
    private static final Set<String> PERSONAL_TAGS = Set.of("Author", "Creator", "Artist", "LastModifiedBy", "By-line",
            "Company", "Manager", "Copyright", "Rights", "Comment", "Email", "Title");
    private static final List<String> REPORT = new ArrayList<>();

    @Inject
    Fixtures fixtures;

    // ---------------------------------------------------------------- the samples

    private static BufferedImage picture() {
        BufferedImage image = new BufferedImage(24, 16, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 24; x++) {
                image.setRGB(x, y, (x * 10) << 16 | (y * 15) << 8 | 128);
            }
        }
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    private static String xmp() {
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:creator><rdf:Seq><rdf:li>" + NAME + "</rdf:li></rdf:Seq></dc:creator>"
                + "<dc:rights><rdf:Alt><rdf:li xml:lang=\"x-default\">" + EMAIL + "</rdf:li></rdf:Alt></dc:rights>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
    }

    /** A one-page PDF with Author, Creator, Title and an XMP packet naming the teacher. */
    static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                text.newLineAtOffset(72, 700);
                text.showText("Rapport de seance : tri des dechets en classe");
                text.endText();
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setAuthor(NAME);
            info.setCreator(NAME + " <" + EMAIL + ">");
            info.setTitle("Rapport de " + NAME);
            info.setCustomMetadataValue("Email", EMAIL);
            PDMetadata metadata = new PDMetadata(document, new ByteArrayInputStream(xmp().getBytes(UTF_8)));
            document.getDocumentCatalog().setMetadata(metadata);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A big-endian TIFF whose IFD0 holds an orientation (rotated 90°), the Artist and a Copyright. */
    private static byte[] tiff() {
        byte[] artist = (NAME + "\0").getBytes(StandardCharsets.US_ASCII);
        byte[] copyright = (EMAIL + "\0").getBytes(StandardCharsets.US_ASCII);
        int data = 8 + 2 + 3 * 12 + 4;
        ByteBuffer tiff = ByteBuffer.allocate(data + artist.length + copyright.length);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8).putShort((short) 3);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
        tiff.putShort((short) 0x013B).putShort((short) 2).putInt(artist.length).putInt(data);
        tiff.putShort((short) 0x8298).putShort((short) 2).putInt(copyright.length).putInt(data + artist.length);
        tiff.putInt(0).put(artist).put(copyright);
        return tiff.array();
    }

    private static byte[] segment(int marker, byte[]... parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            body.writeBytes(part);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(marker);
        out.write((body.size() + 2) >> 8);
        out.write((body.size() + 2) & 0xFF);
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    /** A JPEG from ImageIO with, after its JFIF header, Exif (Artist), XMP, IPTC (By-line) and a comment. */
    static byte[] jpeg() throws IOException {
        byte[] plain = encode(picture(), "jpg");
        int afterJfif = 4 + ((plain[4] & 0xFF) << 8 | (plain[5] & 0xFF));
        byte[] byline = NAME.getBytes(UTF_8);
        ByteBuffer iptc = ByteBuffer.allocate(5 + byline.length + (byline.length % 2 == 1 ? 1 : 0));
        iptc.put(new byte[] {0x1C, 2, 80}).putShort((short) byline.length).put(byline);
        ByteBuffer resource = ByteBuffer.allocate(4 + 2 + 2 + 4 + iptc.capacity());
        resource.put("8BIM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 0x0404).putShort((short) 0)
                .putInt(5 + byline.length).put(iptc.array());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, afterJfif);
        out.writeBytes(segment(0xE1, "Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff()));
        out.writeBytes(segment(0xE1, "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII), xmp().getBytes(UTF_8)));
        out.writeBytes(segment(0xED, "Photoshop 3.0\0".getBytes(StandardCharsets.US_ASCII), resource.array()));
        out.writeBytes(segment(0xFE, ("Photo : " + EMAIL).getBytes(UTF_8)));
        out.write(plain, afterJfif, plain.length - afterJfif);
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        chunk.putInt(data.length).put(name).put(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return chunk.putInt((int) crc.getValue()).array();
    }

    /** A PNG from ImageIO with, after IHDR, text (Author, Comment), XMP, Exif and a time chunk. */
    static byte[] png() throws IOException {
        byte[] plain = encode(picture(), "png");
        int afterHeader = 8 + 25;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, afterHeader);
        out.writeBytes(chunk("tEXt", ("Author\0" + NAME).getBytes(StandardCharsets.ISO_8859_1)));
        out.writeBytes(chunk("tEXt", ("Comment\0" + EMAIL).getBytes(StandardCharsets.ISO_8859_1)));
        out.writeBytes(chunk("iTXt", ("XML:com.adobe.xmp\0\0\0\0\0" + xmp()).getBytes(UTF_8)));
        out.writeBytes(chunk("eXIf", tiff()));
        out.writeBytes(chunk("tIME", new byte[] {0x07, (byte) 0xEA, 10, 1, 8, 0, 0}));
        out.write(plain, afterHeader, plain.length - afterHeader);
        return out.toByteArray();
    }

    static final String DOCUMENT_XML = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:body><w:p><w:r><w:t>Rapport de séance : tri des déchets</w:t></w:r></w:p></w:body></w:document>";

    /** A DOCX whose core, app and custom properties name the teacher, with the Exif JPEG inside. */
    static byte[] docx() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
                + "<Override PartName=\"/docProps/custom.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.custom-properties+xml\"/>"
                + "</Types>").getBytes(UTF_8));
        entries.put("_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
                + "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties\" Target=\"docProps/custom.xml\"/>"
                + "</Relationships>").getBytes(UTF_8));
        entries.put("word/document.xml", DOCUMENT_XML.getBytes(UTF_8));
        entries.put("word/media/image1.jpeg", jpeg());
        entries.put("docProps/core.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:title>Rapport de " + NAME + "</dc:title><dc:creator>" + NAME + "</dc:creator>"
                + "<cp:lastModifiedBy>" + EMAIL + "</cp:lastModifiedBy><cp:revision>3</cp:revision>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-10-01T08:00:00Z</dcterms:created>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2026-10-02T09:30:00Z</dcterms:modified>"
                + "</cp:coreProperties>").getBytes(UTF_8));
        entries.put("docProps/app.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>Microsoft Office Word</Application><Pages>1</Pages>"
                + "<Company>Collège de " + NAME + "</Company><Manager>" + NAME + "</Manager></Properties>").getBytes(UTF_8));
        entries.put("docProps/custom.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" "
                + "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
                + "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\"Email\">"
                + "<vt:lpwstr>" + EMAIL + "</vt:lpwstr></property></Properties>").getBytes(UTF_8));
        return zip(entries);
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    // ---------------------------------------------------------------- the readers

    /** What exiftool reads in the bytes (every tag, duplicates and unknown ones too), or null without exiftool. */
    private static String exiftool(byte[] bytes, String extension) throws Exception {
        if (!Files.isExecutable(EXIFTOOL)) {
            return null;
        }
        Path file = Files.createTempFile("scrub-test-", "." + extension);
        try {
            Files.write(file, bytes);
            Process process = new ProcessBuilder(EXIFTOOL.toString(), "-a", "-u", "-G1", "-s", file.toString())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return output;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The tag names exiftool printed that name a person. */
    private static List<String> personalTags(String exiftool) {
        List<String> found = new ArrayList<>();
        for (String line : exiftool.split("\n")) {
            String[] parts = line.replaceFirst("^\\[[^]]*]\\s*", "").split("\\s*:", 2);
            if (PERSONAL_TAGS.contains(parts[0].trim())) {
                found.add(line.trim());
            }
        }
        return found;
    }

    private static void assertNoTraceFor(String what, byte[] original, byte[] stored, String extension) throws Exception {
        String before = exiftool(original, extension);
        if (before == null) {
            System.out.println("NOTE: " + EXIFTOOL + " is not installed (Debian: apt-get install libimage-exiftool-perl); "
                    + what + " is checked by the Java readers only.");
            return;
        }
        // The sample does carry the traces, as exiftool sees them...
        assertThat(before).as("exiftool on the %s as sent", what).contains(NAME);
        assertThat(personalTags(before)).as("exiftool on the %s as sent", what).isNotEmpty();
        // ...and the stored file none of them.
        String after = exiftool(stored, extension);
        assertThat(after).as("exiftool on the %s as downloaded", what)
                .doesNotContain(NAME).doesNotContain("Zineb").doesNotContain("Tazi").doesNotContain(EMAIL)
                .doesNotContain("@example.ma").doesNotContainIgnoringCase("error");
        assertThat(personalTags(after)).as("personal tags exiftool finds in the %s as downloaded", what).isEmpty();
        REPORT.add(what + ": exiftool found " + personalTags(before).size() + " personal tags in the file as sent, 0 in "
                + "the file the juror downloads");
    }

    private static void assertNoTraceInBytes(String what, byte[] stored) {
        String text = new String(stored, StandardCharsets.ISO_8859_1);
        assertThat(text).as("%s bytes", what).doesNotContain("Zineb").doesNotContain("Tazi").doesNotContain("example.ma");
    }

    private static int[] pixels(byte[] image) throws IOException {
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(image));
        assertThat(read).isNotNull();
        return read.getRGB(0, 0, read.getWidth(), read.getHeight(), null, 0, read.getWidth());
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    // ---------------------------------------------------------------- the tests

    private record Review(User teacher, long project, User juror, long assignment, List<Long> files) {
    }

    /** A blind edition in evaluation, the teacher's project with the files, a juror assigned to it. */
    private Review review(Object... nameAndBytes) {
        User admin = fixtures.admin();
        long edition = fixtures.editionIn(admin, "OPEN");
        User teacher = fixtures.teacher();
        long project = fixtures.draftProject(teacher, edition, Fixtures.completeProject("Tri des déchets"));
        var request = multipart(teacher.token());
        for (int i = 0; i < nameAndBytes.length; i += 2) {
            request = request.multiPart("files", (String) nameAndBytes[i], (byte[]) nameAndBytes[i + 1], "application/octet-stream");
        }
        List<Long> files = request.post("/api/submissions/{id}/attachments", project).then().statusCode(201)
                .extract().jsonPath().getList("id", Long.class);
        api(teacher.token()).post("/api/submissions/{id}/submit", project).then().statusCode(200);
        fixtures.move(admin, edition, "EVALUATION");
        User juror = fixtures.juror();
        long assignment = fixtures.assign(admin, edition, project, juror);
        return new Review(teacher, project, juror, assignment, files);
    }

    private static byte[] asJuror(Review review, long attachment) {
        Response response = RestAssured.given().auth().oauth2(review.juror().token())
                .get("/api/jury/assignments/{id}/attachments/{a}", review.assignment(), attachment);
        response.then().statusCode(200);
        return response.asByteArray();
    }

    private static byte[] asOwner(Review review, long attachment) throws Exception {
        Response response = RestAssured.given().auth().oauth2(review.teacher().token())
                .get("/api/submissions/{id}/attachments/{a}", review.project(), attachment);
        byte[] bytes = response.then().statusCode(200).extract().asByteArray();
        assertThat(response.getHeader("X-Content-SHA256")).isEqualTo(sha256(bytes));
        assertThat(response.getHeader("Content-Length")).isEqualTo(String.valueOf(bytes.length));
        return bytes;
    }

    @Test
    void shouldGiveTheJurorOfABlindEditionTheContentWithoutTheAuthorsMetadata() throws Exception {
        byte[] pdf = pdf();
        byte[] jpeg = jpeg();
        byte[] png = png();
        byte[] docx = docx();
        Review review = review("rapport.pdf", pdf, "classe.jpg", jpeg, "affiche.png", png, "fiche.docx", docx);
        api(review.juror().token()).get("/api/jury/assignments/{id}", review.assignment()).then().statusCode(200)
                .body("edition.blindReview", equalTo(true));

        byte[] storedPdf = asJuror(review, review.files().get(0));
        byte[] storedJpeg = asJuror(review, review.files().get(1));
        byte[] storedPng = asJuror(review, review.files().get(2));
        byte[] storedDocx = asJuror(review, review.files().get(3));
        for (int i = 0; i < 4; i++) {
            byte[] owner = asOwner(review, review.files().get(i));
            assertThat(owner).isEqualTo(List.of(storedPdf, storedJpeg, storedPng, storedDocx).get(i));
            assertThat(fixtures.rows("SELECT sha256, size_bytes FROM attachment WHERE id = ?", review.files().get(i)).get(0))
                    .containsEntry("sha256", sha256(owner)).containsEntry("size_bytes", (long) owner.length);
        }

        // A reader that is not ours.
        assertNoTraceFor("PDF", pdf, storedPdf, "pdf");
        assertNoTraceFor("JPEG", jpeg, storedJpeg, "jpg");
        assertNoTraceFor("PNG", png, storedPng, "png");
        assertNoTraceFor("DOCX", docx, storedDocx, "docx");
        String orientation = exiftool(storedJpeg, "jpg");
        if (orientation != null) {
            assertThat(orientation).as("the photo stays upright").contains("Rotate 90 CW");
        }

        // PDF: no information dictionary, no XMP, the same text.
        try (PDDocument document = Loader.loadPDF(storedPdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getAuthor()).isNull();
            assertThat(info.getCreator()).isNull();
            assertThat(info.getTitle()).isNull();
            assertThat(info.getCustomMetadataValue("Email")).isNull();
            assertThat(document.getDocumentCatalog().getMetadata()).isNull();
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(pdfText(storedPdf)).isEqualTo(pdfText(pdf)).contains("tri des dechets");

        // Pictures: the same pixels, no trace in the bytes; the JPEG's scan data byte for byte.
        assertThat(pixels(storedJpeg)).isEqualTo(pixels(jpeg));
        assertThat(pixels(storedPng)).isEqualTo(pixels(png));
        assertNoTraceInBytes("JPEG", storedJpeg);
        assertNoTraceInBytes("PNG", storedPng);
        byte[] plainJpeg = encode(picture(), "jpg");
        byte[] tail = java.util.Arrays.copyOfRange(plainJpeg, 20, plainJpeg.length); // after SOI and JFIF
        assertThat(java.util.Arrays.copyOfRange(storedJpeg, storedJpeg.length - tail.length, storedJpeg.length)).isEqualTo(tail);
        assertThat(storedPng).isEqualTo(encode(picture(), "png"));

        // DOCX: the document part byte for byte, no custom properties, no trace in any part.
        Map<String, byte[]> sent = unzip(docx);
        Map<String, byte[]> stored = unzip(storedDocx);
        assertThat(stored.keySet()).containsExactly("[Content_Types].xml", "_rels/.rels", "word/document.xml",
                "word/media/image1.jpeg", "docProps/core.xml", "docProps/app.xml");
        assertThat(stored.get("word/document.xml")).isEqualTo(sent.get("word/document.xml"));
        assertThat(pixels(stored.get("word/media/image1.jpeg"))).isEqualTo(pixels(sent.get("word/media/image1.jpeg")));
        for (Map.Entry<String, byte[]> entry : stored.entrySet()) {
            assertNoTraceInBytes("DOCX " + entry.getKey(), entry.getValue());
        }
        String core = new String(stored.get("docProps/core.xml"), UTF_8);
        assertThat(core).contains("2026-10-01T08:00:00Z", "2026-10-02T09:30:00Z", "<cp:revision>3</cp:revision>")
                .doesNotContain("creator", "lastModifiedBy", "title");
        assertThat(new String(stored.get("docProps/app.xml"), UTF_8)).contains("Microsoft Office Word", "<Pages>1</Pages>")
                .doesNotContain("Company", "Manager");
        assertThat(new String(stored.get("_rels/.rels"), UTF_8)).contains("docProps/core.xml").doesNotContain("custom");
        assertThat(new String(stored.get("[Content_Types].xml"), UTF_8)).contains("/docProps/app.xml").doesNotContain("custom");
        REPORT.add("PDF, JPEG, PNG and DOCX with the author's name and email: the juror's and the owner's downloads keep "
                + "the text, the pixels and word/document.xml, and none of the traces");
    }

    @Test
    void shouldScrubAnOpenDocumentAndStoreAFileWithNothingToRemoveAsSent() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
        entries.put("content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"
                .getBytes(UTF_8));
        entries.put("meta.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                + "office:version=\"1.3\"><office:meta><meta:generator>LibreOffice/7.4</meta:generator>"
                + "<meta:initial-creator>" + NAME + "</meta:initial-creator><dc:creator>" + EMAIL + "</dc:creator>"
                + "<meta:user-defined meta:name=\"Auteur\">" + NAME + "</meta:user-defined>"
                + "<dc:date>2026-10-02T09:30:00</dc:date></office:meta></office:document-meta>").getBytes(UTF_8));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                if (entry.getKey().equals("mimetype")) {
                    zipEntry.setMethod(ZipEntry.STORED);
                    zipEntry.setSize(entry.getValue().length);
                    CRC32 crc = new CRC32();
                    crc.update(entry.getValue());
                    zipEntry.setCrc(crc.getValue());
                }
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        byte[] odt = bytes.toByteArray();
        byte[] cleanJpeg = encode(picture(), "jpg");
        byte[] cleanPng = encode(picture(), "png");
        byte[] commentsOnlyPdf = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        Review review = review("fiche.odt", odt, "photo.jpg", cleanJpeg, "photo.png", cleanPng, "vide.pdf", commentsOnlyPdf);

        byte[] storedOdt = asJuror(review, review.files().get(0));
        assertNoTraceFor("ODT", odt, storedOdt, "odt");
        // OpenDocument readers find the mimetype, stored, at a fixed offset.
        assertThat(new String(storedOdt, 30, 8 + 39, StandardCharsets.US_ASCII))
                .isEqualTo("mimetypeapplication/vnd.oasis.opendocument.text");
        Map<String, byte[]> stored = unzip(storedOdt);
        assertThat(stored.keySet()).containsExactly("mimetype", "content.xml", "meta.xml");
        assertThat(stored.get("content.xml")).isEqualTo(entries.get("content.xml"));
        assertNoTraceInBytes("ODT meta.xml", stored.get("meta.xml"));
        assertThat(new String(stored.get("meta.xml"), UTF_8)).contains("LibreOffice/7.4", "2026-10-02T09:30:00");

        assertThat(asJuror(review, review.files().get(1))).isEqualTo(cleanJpeg);
        assertThat(asJuror(review, review.files().get(2))).isEqualTo(cleanPng);
        assertThat(asJuror(review, review.files().get(3))).isEqualTo(commentsOnlyPdf);
        REPORT.add("ODT with its author in meta.xml: scrubbed; pictures and a PDF with nothing to remove: stored as sent");
    }

    private static Response send(User teacher, long project, String name, byte[] bytes) {
        return ma.innovatice.testing.Api.invalidRequest(teacher.token()).contentType(io.restassured.http.ContentType.MULTIPART)
                .multiPart("files", "ok.pdf", "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "application/pdf")
                .multiPart("files", name, bytes, "application/octet-stream")
                .post("/api/submissions/{id}/attachments", project);
    }

    @Test
    void shouldRefuseAFileWhoseStructureCannotBeReadStoringNothing() throws Exception {
        User admin = fixtures.admin();
        long edition = fixtures.editionIn(admin, "OPEN");
        User teacher = fixtures.teacher();
        long project = fixtures.draftProject(teacher, edition, Fixtures.completeProject("Fichiers abîmés"));
        byte[] jpeg = jpeg();
        byte[] png = png();
        Map<String, byte[]> broken = new LinkedHashMap<>();
        broken.put("objet.pdf", ("%PDF-1.7\n1 0 obj << /Author (" + NAME + ") >> endobj\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        broken.put("coupee.jpg", java.util.Arrays.copyOf(jpeg, 60)); // ends inside the Exif segment
        byte[] garbled = jpeg.clone();
        garbled[20] = 0x12; // where the Exif segment's marker should start
        broken.put("garbled.jpg", garbled);
        broken.put("coupee.png", java.util.Arrays.copyOf(png, 40));
        broken.put("illisible.docx", zip(Map.of("[Content_Types].xml", "<Types/>".getBytes(UTF_8),
                "word/document.xml", DOCUMENT_XML.getBytes(UTF_8),
                "docProps/core.xml", ("<cp:coreProperties><dc:creator>" + NAME).getBytes(UTF_8))));
        for (Map.Entry<String, byte[]> file : broken.entrySet()) {
            send(teacher, project, file.getKey(), file.getValue()).then().statusCode(422)
                    .contentType("application/problem+json").body("type", endsWith("/unreadable-file"))
                    .body("detail", containsString(file.getKey()));
        }
        assertThat(fixtures.count("SELECT COUNT(*) FROM attachment WHERE submission_id = ?", project)).isZero();
        REPORT.add(broken.size() + " broken files (PDF with objects but no structure, cut JPEG and PNG, DOCX with broken "
                + "core.xml): 422 unreadable-file, nothing stored");
    }

    @Test
    void shouldRefuseAPackageThatUnpacksBeyondTheBoundsQuickly() throws Exception {
        User admin = fixtures.admin();
        long edition = fixtures.editionIn(admin, "OPEN");
        User teacher = fixtures.teacher();
        long project = fixtures.draftProject(teacher, edition, Fixtures.completeProject("Bombe"));

        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(DOCUMENT_XML.getBytes(UTF_8));
            zip.putNextEntry(new ZipEntry("docProps/core.xml"));
            zip.write(("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                    + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>" + NAME + "</dc:creator></cp:coreProperties>")
                    .getBytes(UTF_8));
            zip.putNextEntry(new ZipEntry("word/media/zeros.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
        }
        ByteArrayOutputStream many = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(many)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            for (int i = 0; i < MetadataScrubber.MAX_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("e/" + i));
            }
        }
        assertThat(bomb.size()).isLessThan(2 * 1024 * 1024);
        assertThat(many.size()).isLessThan(2 * 1024 * 1024);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            send(teacher, project, "bombe.docx", bomb.toByteArray()).then().statusCode(422)
                    .body("type", endsWith("/unreadable-file")).body("detail", containsString("256 MiB"));
            send(teacher, project, "entrees.docx", many.toByteArray()).then().statusCode(422)
                    .body("type", endsWith("/unreadable-file")).body("detail", containsString("entries"));
        });
        assertThat(fixtures.count("SELECT COUNT(*) FROM attachment WHERE submission_id = ?", project)).isZero();
        REPORT.add("DOCX of " + bomb.size() / 1024 + " KiB unpacking to 300 MiB, and one of " + (MetadataScrubber.MAX_ENTRIES + 2)
                + " entries: 422 unreadable-file before anything is unpacked, nothing stored");
    }

    @AfterAll
    static void report() {
        if (!REPORT.isEmpty()) {
            REPORT.add(0, Files.isExecutable(EXIFTOOL) ? "read back with " + EXIFTOOL
                    : "exiftool not installed: Java readers only");
            ReliabilityReport.write("metadata-scrub", "Personal metadata of evidence files (finding 5, issue 16)",
                    List.copyOf(REPORT));
        }
    }
}
