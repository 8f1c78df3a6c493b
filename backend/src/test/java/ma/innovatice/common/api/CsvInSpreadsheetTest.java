package ma.innovatice.common.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.Competition;
import ma.innovatice.testing.Fixtures.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static ma.innovatice.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The CSV exports opened by a real spreadsheet program: Debian's LibreOffice Calc, headless, imports
 * each file with the settings of a French user (semicolon, fr-FR) or an English one (comma, en-US)
 * and saves it as flat ODS, whose XML says the type LibreOffice gave every cell. Numbers must come
 * out as numbers (decimals, zero and negative values with their value), Morocco's date-times as dates,
 * and texts as texts (Arabic intact, a formula defused, never run).
 *
 * <p>Like nginx and pdftotext elsewhere in the suite, LibreOffice is required, not optional: nothing
 * else checks how a spreadsheet reads the files. Debian: {@code apt-get install libreoffice-calc-nogui}
 * ({@code .ci/run} installs it).
 */
@QuarkusTest
class CsvInSpreadsheetTest {

    private static final Path SOFFICE = Path.of("/usr/bin/soffice");
    private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");
    /** LibreOffice's language identifiers (LCID) for the CSV filter's sixth token. */
    private static final int FR_FR = 1036;
    private static final int EN_US = 1033;

    private static Path work;

    @Inject
    Fixtures fixtures;

    /** A cell as LibreOffice typed it: {@code float}, {@code date}, {@code string} (or null when empty). */
    record Cell(String type, String value, String text) {

        double number() {
            assertThat(type).as("type of the cell showing %s", text).isEqualTo("float");
            return Double.parseDouble(value);
        }

        LocalDateTime dateTime() {
            assertThat(type).as("type of the cell showing %s", text).isEqualTo("date");
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay() : LocalDateTime.parse(value);
        }

        String string() {
            assertThat(type).as("type of the cell showing %s", text).isEqualTo("string");
            return text;
        }
    }

    @BeforeAll
    static void profile() throws Exception {
        assertThat(SOFFICE).as("Debian's LibreOffice reads the exports back in this test: apt-get install "
                + "libreoffice-calc-nogui").isExecutable();
        work = Files.createTempDirectory("csv-in-spreadsheet-");
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (work != null) {
            try (Stream<Path> paths = Files.walk(work)) {
                paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static Map<String, Object> project(String title, List<String> coAuthors) {
        Map<String, Object> body = new HashMap<>(Fixtures.completeProject(title));
        body.put("coAuthors", coAuthors);
        return body;
    }

    /**
     * Two jurors, three projects (rubric: A 0..10 weight 1, B 1..5 weight 3): the first gets 100 and 0
     * (raw 50, spread 100), the second 50 and 33.75 (raw 41.875), the third 0 and 0 (raw 0, spread 0),
     * so the jurors' alpha on the weighted score is negative (about −0.068).
     */
    private Competition evaluated() {
        Competition c = fixtures.competition(Map.of(), Fixtures.TWO_CRITERIA_RUBRIC, List.of(
                project("مشروع الطاقة الشمسية", List.of("إيمان العلوي", "Karim Benali")),
                project("Robots de Rabat", List.of("Imane Alaoui")),
                project("=SOMME(1;2) et -3", List.of("-Anonyme"))));
        List<User> jurors = List.of(fixtures.juror(), fixtures.juror());
        int[][][] marks = {{{10, 5}, {0, 1}}, {{5, 3}, {6, 2}}, {{0, 1}, {0, 1}}};
        for (int p = 0; p < 3; p++) {
            for (int j = 0; j < 2; j++) {
                long assignment = fixtures.assign(c.admin(), c.edition(), c.projects().get(p), jurors.get(j));
                api(jurors.get(j).token()).body(Map.of("scores", List.of(
                                Map.of("criterionCode", "A", "score", marks[p][j][0]),
                                Map.of("criterionCode", "B", "score", marks[p][j][1]))))
                        .put("/api/jury/assignments/{id}/evaluation", assignment).then().statusCode(200);
                api(jurors.get(j).token()).post("/api/jury/assignments/{id}/evaluation/submit", assignment).then()
                        .statusCode(200);
            }
        }
        return c;
    }

    private static byte[] export(String token, String language, String separator, Map<String, ?> query, String path,
                                 Object... parameters) {
        return api(token).accept("text/csv").header("Accept-Language", language).queryParam("separator", separator)
                .queryParams(query).get(path, parameters).then().statusCode(200).extract().asByteArray();
    }

    @Test
    void shouldOpenTheRankingWithNumbersAsNumbersInFrenchAndEnglishSpreadsheets() throws Exception {
        Competition c = evaluated();
        String token = c.admin().token();
        JsonPath ranking = api(token).get("/api/editions/{id}/ranking", c.edition()).then().statusCode(200)
                .extract().jsonPath();
        JsonPath agreement = api(token).get("/api/editions/{id}/ranking/agreement", c.edition()).then().statusCode(200)
                .extract().jsonPath();
        assertThat(agreement.getDouble("overall.alpha")).as("the data makes a negative alpha").isNegative();

        List<List<Cell>> french = open(export(token, "fr", "semicolon", Map.of(), "/api/editions/{id}/ranking/export",
                c.edition()),
                "ranking-fr", 59, FR_FR);
        List<List<Cell>> english = open(export(token, "en", "comma", Map.of(), "/api/editions/{id}/ranking/export",
                c.edition()),
                "ranking-en", 44, EN_US);

        assertThat(french.get(0).subList(0, 3)).extracting(Cell::string).containsExactly("Rang", "N° du projet", "Titre");
        assertThat(french.get(0).get(7).string()).isEqualTo("Note brute (sur 100)");
        assertThat(english.get(0).subList(0, 3)).extracting(Cell::string).containsExactly("Rank", "Project ID", "Title");
        for (List<List<Cell>> sheet : List.of(french, english)) {
            boolean fr = sheet == french;
            for (int i = 0; i < 3; i++) {
                List<Cell> row = sheet.get(i + 1);
                String item = "items[" + i + "].";
                assertThat(row.get(0).number()).isEqualTo(ranking.getInt(item + "rank"));
                assertThat(row.get(1).number()).isEqualTo(ranking.getLong(item + "submissionId"));
                String title = ranking.getString(item + "title");
                assertThat(row.get(2).string()).isEqualTo(title.startsWith("=") ? "'" + title : title);
                assertThat(row.get(3).string()).isEqualTo("Prénom Nom");
                assertThat(row.get(4).string()).isEqualTo("MA-04");
                assertThat(row.get(7).number()).isCloseTo(ranking.getDouble(item + "rawScore"), within(1e-9));
                assertThat(row.get(8).number()).isCloseTo(ranking.getDouble(item + "normalizedScore"), within(1e-9));
                assertThat(row.get(9).number()).isEqualTo(2);
                assertThat(row.get(10).number()).isEqualTo(2);
                assertThat(row.get(11).number()).isCloseTo(ranking.getDouble(item + "spread"), within(1e-9));
                assertThat(row.get(12).string()).isEqualTo(ranking.getBoolean(item + "disagreement")
                        ? (fr ? "oui" : "yes") : (fr ? "non" : "no"));
            }
            Map<String, List<Cell>> byTitle = new HashMap<>();
            sheet.subList(1, 4).forEach(row -> byTitle.put(row.get(2).text(), row));
            List<Cell> solar = byTitle.get("مشروع الطاقة الشمسية");
            assertThat(solar.get(7).number()).isEqualTo(50.0);
            assertThat(solar.get(11).number()).isEqualTo(100.0);
            assertThat(solar.get(13).number()).as("mean of A").isEqualTo(5.0);
            assertThat(solar.get(14).number()).as("mean of B").isEqualTo(3.0);
            List<Cell> rabat = byTitle.get("Robots de Rabat");
            assertThat(rabat.get(7).number()).isEqualTo(41.88);
            assertThat(rabat.get(13).number()).isEqualTo(5.5);
            assertThat(rabat.get(14).number()).isEqualTo(2.5);
            List<Cell> formula = byTitle.get("'=SOMME(1;2) et -3");
            assertThat(formula).as("the formula stays a defused text, never run").isNotNull();
            assertThat(formula.get(7).number()).isZero();
            assertThat(formula.get(11).number()).isZero();
            assertThat(formula.get(13).number()).isZero();

            assertThat(sheet.get(4)).as("the empty line before the agreement").allMatch(cell -> cell == null);
            assertThat(sheet.get(5).get(5).string()).isEqualTo(fr ? "Alpha de Krippendorff" : "Krippendorff's alpha");
            List<Cell> overall = sheet.get(6);
            assertThat(overall.get(0).string()).isEqualTo(fr ? "Note pondérée" : "Weighted score");
            assertThat(overall.get(5).number()).as("a negative alpha is a number").isNegative()
                    .isEqualTo(agreement.getDouble("overall.alpha"));
            assertThat(overall.get(6).string()).isEqualTo(agreement.getString("overall.reading"));
            for (String bound : List.of("lower", "upper")) {
                Double expected = agreement.get("overall.interval." + bound) == null ? null
                        : agreement.getDouble("overall.interval." + bound);
                Cell cell = overall.get(bound.equals("lower") ? 8 : 9);
                if (expected == null) {
                    assertThat(cell).isNull();
                } else {
                    assertThat(cell.number()).isEqualTo(expected);
                }
            }
            assertThat(overall.get(11).number()).isEqualTo(agreement.getInt("overall.interval.resamples"));
            assertThat(overall.get(12).number()).isEqualTo(3);
            assertThat(overall.get(13).number()).isEqualTo(6);
            List<Cell> criterionA = sheet.get(7);
            assertThat(criterionA.subList(0, 5)).extracting(Cell::string).containsExactly(fr ? "Critère" : "Criterion",
                    "A", "Usage des TIC", "استعمال التكنولوجيا", "ICT use");
        }
    }

    @Test
    void shouldOpenTheSubmissionsWithDatesAsMoroccoDateTimesInFrenchAndEnglishSpreadsheets() throws Exception {
        Competition c = evaluated();
        String token = c.admin().token();
        List<List<Cell>> french = open(export(token, "fr", "semicolon", Map.of("editionId", c.edition()),
                "/api/submissions/export"),
                "submissions-fr", 59, FR_FR);
        List<List<Cell>> english = open(export(token, "en", "comma", Map.of("editionId", c.edition()),
                "/api/submissions/export"),
                "submissions-en", 44, EN_US);

        assertThat(french.get(0).get(20).string()).isEqualTo("Créé le (heure du Maroc)");
        assertThat(french.get(0).get(21).string()).isEqualTo("Soumis le (heure du Maroc)");
        assertThat(english.get(0).get(21).string()).isEqualTo("Submitted (Morocco time)");
        for (List<List<Cell>> sheet : List.of(french, english)) {
            boolean fr = sheet == french;
            assertThat(sheet.subList(1, sheet.size())).hasSize(3);
            for (int i = 0; i < 3; i++) {
                long id = c.projects().get(i);
                List<Cell> row = sheet.get(i + 1);
                JsonPath view = api(token).get("/api/submissions/{id}", id).then().statusCode(200).extract().jsonPath();
                assertThat(row.get(0).number()).isEqualTo(id);
                assertThat(row.get(1).number()).isEqualTo(view.getInt("edition.number"));
                assertThat(row.get(3).string()).isEqualTo(i == 2 ? "'" + view.getString("title") : view.getString("title"));
                assertThat(row.get(8).string()).as("region, in the file's language")
                        .isEqualTo(fr ? "Rabat-Salé-Kénitra" : "Rabat-Sale-Kenitra");
                assertThat(row.get(16).number()).as("pupils").isEqualTo(84);
                assertThat(row.get(19).number()).as("attachments").isZero();
                assertThat(row.get(20).dateTime()).as("created, Morocco time")
                        .isEqualTo(moroccoTime(view.getString("createdAt")));
                assertThat(row.get(21).dateTime()).as("submitted, Morocco time")
                        .isEqualTo(moroccoTime(view.getString("submittedAt")));
            }
            assertThat(sheet.get(1).get(14).string()).as("co-authors, Arabic intact").isEqualTo("إيمان العلوي | Karim Benali");
            assertThat(sheet.get(3).get(14).string()).as("a defused text").isEqualTo("'-Anonyme");
        }
    }

    private static LocalDateTime moroccoTime(String instant) {
        return Instant.parse(instant).atZone(MOROCCO).toLocalDateTime().truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * The file as LibreOffice Calc reads it with the CSV import settings of a user (separator, UTF-8,
     * from the first line, language), saved as flat ODS: its rows of typed cells, null for an empty one.
     */
    private static List<List<Cell>> open(byte[] csv, String name, int separator, int language) throws Exception {
        Path file = work.resolve(name + ".csv");
        Files.write(file, csv);
        Path log = work.resolve(name + ".log");
        Process soffice = new ProcessBuilder(SOFFICE.toString(),
                "-env:UserInstallation=" + work.resolve("profile").toUri(), "--headless", "--norestore",
                "--convert-to", "fods", "--infilter=CSV:" + separator + ",34,76,1,," + language,
                "--outdir", work.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!soffice.waitFor(120, TimeUnit.SECONDS)) {
            soffice.descendants().forEach(ProcessHandle::destroyForcibly);
            soffice.destroyForcibly();
            throw new AssertionError("LibreOffice did not convert " + name + " within 120 s: " + Files.readString(log));
        }
        Path fods = work.resolve(name + ".fods");
        assertThat(fods).as("LibreOffice's conversion of %s (exit %d): %s", name, soffice.exitValue(),
                Files.readString(log)).exists();
        return rows(fods);
    }

    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    /** The first sheet's rows, each without its trailing empty cells; the trailing empty rows left out. */
    private static List<List<Cell>> rows(Path fods) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element table = (Element) factory.newDocumentBuilder().parse(fods.toFile())
                .getElementsByTagNameNS(TABLE, "table").item(0);
        List<List<Cell>> rows = new ArrayList<>();
        NodeList rowNodes = table.getElementsByTagNameNS(TABLE, "table-row");
        for (int r = 0; r < rowNodes.getLength(); r++) {
            Element rowElement = (Element) rowNodes.item(r);
            List<Cell> row = new ArrayList<>();
            for (Node node = rowElement.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (!(node instanceof Element cell) || !TABLE.equals(cell.getNamespaceURI())
                        || !cell.getLocalName().endsWith("table-cell")) {
                    continue;
                }
                Cell value = cell(cell);
                int repeated = cell.hasAttributeNS(TABLE, "number-columns-repeated")
                        ? Integer.parseInt(cell.getAttributeNS(TABLE, "number-columns-repeated")) : 1;
                for (int k = 0; k < (value == null ? Math.min(repeated, 64) : repeated); k++) {
                    row.add(value);
                }
            }
            while (!row.isEmpty() && row.get(row.size() - 1) == null) {
                row.remove(row.size() - 1);
            }
            int repeated = rowElement.hasAttributeNS(TABLE, "number-rows-repeated")
                    ? Integer.parseInt(rowElement.getAttributeNS(TABLE, "number-rows-repeated")) : 1;
            for (int k = 0; k < (row.isEmpty() ? Math.min(repeated, 4) : repeated); k++) {
                rows.add(row);
            }
        }
        while (!rows.isEmpty() && rows.get(rows.size() - 1).isEmpty()) {
            rows.remove(rows.size() - 1);
        }
        // Rows are lists of the columns' cells; an empty row reads as one empty cell.
        return rows.stream().map(row -> row.isEmpty() ? java.util.Arrays.asList((Cell) null) : row).toList();
    }

    private static Cell cell(Element cell) {
        String type = cell.getAttributeNS(OFFICE, "value-type");
        if (type.isEmpty()) {
            return null;
        }
        NodeList paragraphs = cell.getElementsByTagNameNS(TEXT, "p");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < paragraphs.getLength(); i++) {
            lines.add(paragraphs.item(i).getTextContent());
        }
        String value = switch (type) {
            case "float" -> cell.getAttributeNS(OFFICE, "value");
            case "date" -> cell.getAttributeNS(OFFICE, "date-value");
            default -> null;
        };
        return new Cell(type, value, String.join("\n", lines));
    }
}
