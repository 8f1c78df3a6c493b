package ma.innovatice.award;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import ma.innovatice.testing.ReliabilityReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The certificate's layout under the longest and the worst text its fields may hold: it stays on
 * one A4 page, every glyph inside the page, and text stored with characters XML cannot carry prints.
 */
class CertificateRendererTest {

    private static final CertificateRenderer RENDERER = new CertificateRenderer();
    private static final List<String> SEEN = java.util.Collections.synchronizedList(new ArrayList<>());

    @AfterAll
    static void report() {
        ReliabilityReport.write("certificate-text", "Certificate text (hostile and oversized names)", SEEN);
    }

    private static CertificateRenderer.Content content(String first, String last, String school, String title) {
        return new CertificateRenderer.Content("7KQ2M-9XHBR-4ZT8N-Q3W5Y-M2C6D", Certificate.Kind.WINNER, 12, 2016,
                first + " " + last, title, school, LocalDate.of(2016, 5, 25), "Rabat",
                "http://localhost:8080/verify/7KQ2M-9XHBR-4ZT8N-Q3W5Y-M2C6D");
    }

    @Test
    void shouldKeepTheLongestUnbreakableTextsInsideOnePage() throws IOException {
        // Every field at the most the API accepts, without a single space to break a line at.
        String first = "Ж".repeat(100);
        String last = "Ш".repeat(100);
        String school = "É".repeat(200);
        String title = "م".repeat(100) + "Ф".repeat(100);
        byte[] pdf = RENDERER.render(content(first, last, school, title));
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "certificate-longest-texts.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).as("pages").isEqualTo(1);
            float width = document.getPage(0).getMediaBox().getWidth();
            float height = document.getPage(0).getMediaBox().getHeight();
            List<TextPosition> glyphs = positions(document);
            assertThat(glyphs).isNotEmpty();
            List<String> outside = new ArrayList<>();
            for (TextPosition glyph : glyphs) {
                float left = glyph.getXDirAdj();
                float right = left + glyph.getWidthDirAdj();
                float top = glyph.getYDirAdj() - glyph.getHeightDir();
                if (left < 0 || right > width || top < 0 || glyph.getYDirAdj() > height) {
                    outside.add(glyph.getUnicode() + " at " + left + "-" + right + ", " + top);
                }
            }
            assertThat(outside).as("glyphs outside the %s × %s page", width, height).isEmpty();
            // The free texts end above the footer (its first line, "Fait à …", is the only F on the page).
            float footer = glyphs.stream().filter(g -> g.getUnicode().equals("F"))
                    .map(g -> g.getYDirAdj() - g.getHeightDir()).findFirst().orElseThrow();
            assertThat(glyphs.stream().filter(g -> "ЖШÉФ".contains(g.getUnicode()))
                    .map(TextPosition::getYDirAdj).max(Float::compare).orElseThrow())
                    .as("lowest line of the free texts, above the footer at %s", footer).isLessThan(footer);
            // Every letter of the name is drawn, in the French and the Arabic paragraph: none cut off.
            assertThat(glyphs.stream().filter(g -> g.getUnicode().equals("Ж")).count()).isEqualTo(200);
            assertThat(glyphs.stream().filter(g -> g.getUnicode().equals("Ш")).count()).isEqualTo(200);
        }
        SEEN.add("a 201-character name without a space, a 200-character school and title: one page, every glyph "
                + "inside it");
    }

    @Test
    void shouldPrintStoredTextThatHoldsCharactersXmlCannotCarry() throws IOException {
        String bad = "Am\uFFFFina\u0000 \uD800Ben\u0007nani\uFFFE";
        byte[] pdf = RENDERER.render(content(bad, "El\u001BAlami", "École\uFDD0 Ibn Sina", "Titre\uFFFF du\tprojet"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Amina Bennani").contains("ElAlami").contains("École Ibn Sina")
                    .contains("Titre du projet").doesNotContain("\uFFFF");
        }
        SEEN.add("a stored name with U+FFFF, U+FFFE, U+FDD0, NUL, ESC and an unpaired surrogate: printed without them");
    }

    private static List<TextPosition> positions(PDDocument document) throws IOException {
        List<TextPosition> all = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> textPositions) {
                all.addAll(textPositions);
            }
        };
        stripper.getText(document);
        return all;
    }

    /**
     * Every line of the certificate, read back by Debian's pdftotext in visual order as a reader sees
     * the page, in French and in Arabic. Typed texts keep their place in the sentence of the other
     * language: a Latin name and school in the Arabic paragraph, an Arabic title in the French one.
     * Without isolation the Arabic line read "، Lycée Ibn Sina, AgadirNadia Berrada تُمنح إلى"; with
     * a heading font that has no Arabic, the Arabic title printed as "#########".
     */
    @Test
    void shouldPrintEveryLineInBothLanguages() throws Exception {
        byte[] pdf = RENDERER.render(new CertificateRenderer.Content("7KQ2M-9XHBR-4ZT8N-Q3W5Y-M2C6D",
                Certificate.Kind.WINNER, 12, 2016, "Nadia Berrada", "مشروع الروبوتيك", "Lycée Ibn Sina, Agadir",
                LocalDate.of(2016, 5, 25), "Rabat", "http://localhost:8080/verify/7KQ2M-9XHBR-4ZT8N-Q3W5Y-M2C6D"));
        List<String> lines = readBack(pdf);
        // Arabic runs come back in reading order inside each line; runs of both directions sit as drawn.
        assertThat(lines).containsExactly(
                "Royaume du Maroc — Ministère de l'Éducation nationale — Programme InnovaTICE",
                "InnovaTICE المملكة المغربية — وزارة التربية الوطنية — برنامج",
                "Concours Enseignants Innovants",
                // The competition's one Arabic name between guillemets (drawn «الأساتذة المبتكرون»; pdftotext
                // leaves the mirrored guillemets of the right-to-left heading where they are drawn).
                "«مسابقة »" + ma.innovatice.common.text.CompetitionName.AR,
                "Grand prix — Enseignant innovant de l'année",
                "الجائزة الكبرى — الأستاذ المبتكر للسنة",
                "décerné à Nadia Berrada, Lycée Ibn Sina, Agadir",
                "e",
                "pour le projet « » مشروع الروبوتيك, 12 édition (2016)",
                "Lycée Ibn Sina, Agadir ،Nadia Berrada تُمنح إلى",
                "(2016) 12 الدورة،«عن مشروع »مشروع الروبوتيك",
                "Fait à Rabat, le 25 mai 2016",
                "Code de vérification / رمز التحقق",
                "7KQ2M-9XHBR-4ZT8N-Q3W5Y-M2C6D",
                "http://localhost:8080/verify/7KQ2M-9XHBR-4ZT8N-Q3W5Y-M2C6D");
        SEEN.add("every line of a winner's certificate read back in French and Arabic (pdftotext), a Latin name "
                + "and school inside the Arabic sentence and an Arabic title inside the French one each in its place");
    }

    /**
     * A French project title with its own punctuation inside the Arabic sentence, and an Arabic name and
     * school inside the French one: each typed text reads whole, its colon, exclamation mark and
     * brackets where its author put them (pdftotext -raw gives each line in reading order).
     */
    @Test
    void shouldKeepAFrenchTitlesPunctuationInsideTheArabicSentence() throws Exception {
        byte[] pdf = RENDERER.render(new CertificateRenderer.Content("7KQ2M-9XHBR-4ZT8N-Q3W5Y-M2C6D",
                Certificate.Kind.LAUREATE, 12, 2016, "نادية برادة", "Le climat : agir ! (2e partie)", "ثانوية ابن سينا",
                LocalDate.of(2016, 5, 25), "Rabat", "http://localhost:8080/verify/7KQ2M-9XHBR-4ZT8N-Q3W5Y-M2C6D"));
        List<String> lines = readBack(pdf);
        assertThat(lines).contains("«مسابقة »" + ma.innovatice.common.text.CompetitionName.AR);
        // The Arabic sentence, its runs as drawn right to left: the title whole between its guillemets.
        assertThat(lines).contains("(2016) 12 الدورة،«Le climat : agir ! (2e partie)» عن مشروع");
        String french = lines.stream().filter(line -> line.startsWith("pour le projet")).findFirst().orElseThrow();
        assertThat(french).contains("« Le climat : agir ! (2e partie) »");
        assertThat(lines.stream().filter(line -> line.startsWith("décerné à")).findFirst().orElseThrow())
                .isEqualTo("décerné à نادية برادة, ثانوية ابن سينا");
        SEEN.add("a French title with a colon, an exclamation mark and brackets inside the Arabic sentence, read back "
                + "whole and in place");
    }

    /**
     * No glyph of any certificate is missing from the font that draws it: every character drawn has
     * a glyph of its own in the embedded font (a missing one prints as an empty box or "#"), for each
     * kind of distinction, with Arabic, Latin and Cyrillic typed texts. The first page is also
     * rendered to target/certificate-*.png for a human to look at.
     */
    @Test
    void shouldDrawEveryCharacterWithAGlyphOfItsFont() throws Exception {
        for (Certificate.Kind kind : Certificate.Kind.values()) {
            byte[] pdf = RENDERER.render(new CertificateRenderer.Content("7KQ2M-9XHBR-4ZT8N-Q3W5Y-M2C6D", kind, 12, 2016,
                    "Nadia Berrada — نادية برادة", "Робототехника et مشروع الروبوتيك", "Lycée Ibn Sina, Agadir",
                    LocalDate.of(2016, 5, 25), "Rabat", "http://localhost:8080/verify/7KQ2M-9XHBR-4ZT8N-Q3W5Y-M2C6D"));
            List<String> missing = new ArrayList<>();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                List<TextPosition> glyphs = positions(document);
                assertThat(glyphs).hasSizeGreaterThan(300);
                for (TextPosition glyph : glyphs) {
                    if (!(glyph.getFont() instanceof org.apache.pdfbox.pdmodel.font.PDVectorFont font)) {
                        missing.add(glyph.getUnicode() + " in a font that is not embedded: " + glyph.getFont().getName());
                        continue;
                    }
                    for (int code : glyph.getCharacterCodes()) {
                        if (!font.hasGlyph(code) || "#".equals(glyph.getUnicode())) {
                            missing.add(glyph.getUnicode() + " (code " + code + ") in " + glyph.getFont().getName());
                        }
                    }
                }
                java.awt.image.BufferedImage image = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 60);
                javax.imageio.ImageIO.write(image, "png", java.nio.file.Path.of("target", "certificate-"
                        + kind.name().toLowerCase(java.util.Locale.ROOT) + ".png").toFile());
            }
            assertThat(missing).as("characters of the %s certificate drawn without a glyph", kind).isEmpty();
        }
        SEEN.add("every kind of certificate: each character drawn has a glyph in its embedded font (French, "
                + "Arabic headings and typed Arabic, Latin and Cyrillic)");
    }

    /** The page's text as Debian's pdftotext reads it (layout kept), one trimmed line per printed line. */
    private static List<String> readBack(byte[] pdf) throws Exception {
        java.nio.file.Path pdftotext = java.nio.file.Path.of("/usr/bin/pdftotext");
        assertThat(pdftotext).as("pdftotext (Debian: poppler-utils) reads the certificate back").exists();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("certificate", ".pdf");
        try {
            java.nio.file.Files.write(file, pdf);
            Process reader = new ProcessBuilder(pdftotext.toString(), "-layout", "-enc", "UTF-8", file.toString(), "-")
                    .redirectErrorStream(true).start();
            String text = new String(reader.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(reader.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            // Arabic comes back in its presentation forms between embedding marks: compare the letters.
            return text.lines()
                    .map(line -> java.text.Normalizer.normalize(line, java.text.Normalizer.Form.NFKC)
                            .replaceAll("[\u202A-\u202E\u2066-\u2069\u0640\u00AD]", "")
                            .replaceAll("\\s+", " ").strip())
                    .filter(line -> !line.isEmpty())
                    .toList();
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
