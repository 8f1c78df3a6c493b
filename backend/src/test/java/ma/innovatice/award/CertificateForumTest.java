package ma.innovatice.award;

import ma.innovatice.account.Language;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The winner's certificate names the forum where the winner represents Morocco, in French and Arabic. */
class CertificateForumTest {

    private static final CertificateRenderer RENDERER = new CertificateRenderer();
    private static final ForumLine FORUM = new ForumLine("Global Education Forum", "Budapest", 2026,
            LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 6));

    private static byte[] render(Certificate.Kind kind, String name, String title, String school) {
        return RENDERER.render(new CertificateRenderer.Content("7KQ2M-9XHBR-4ZT8N-Q3W5Y-M2C6D", kind, 12, 2026, name,
                title, school, LocalDate.of(2026, 7, 1), "Rabat",
                "http://localhost:8080/verify/7KQ2M-9XHBR-4ZT8N-Q3W5Y-M2C6D", FORUM));
    }

    @Test
    void shouldPrintTheForumLineOnTheWinnersCertificateInFrenchAndArabic() throws Exception {
        List<String> lines = readBack(render(Certificate.Kind.WINNER, "Nadia Berrada", "Robotique", "Lycée Ibn Sina"));
        assertThat(lines).contains("Représente le Maroc au forum international « Global Education Forum », Budapest, "
                + "du 3 novembre 2026 au 6 novembre 2026");
        String arabic = FORUM.certificateLine(Language.AR);
        assertThat(arabic).startsWith("يمثل المغرب في المنتدى الدولي «Global Education Forum»، Budapest، من 3 ");
        assertThat(lines).anyMatch(l -> l.contains("يمثل المغرب في المنتدى الدولي") && l.contains("Global Education Forum")
                && l.contains("Budapest") && l.contains("2026"));
        assertThat(readBack(render(Certificate.Kind.LAUREATE, "Nadia Berrada", "Robotique", "Lycée Ibn Sina")))
                .noneMatch(l -> l.contains("Représente le Maroc") || l.contains("يمثل المغرب"));
    }

    @Test
    void shouldKeepTheLongestWinnersCertificateOnOnePage() throws Exception {
        String text = readRaw(render(Certificate.Kind.WINNER, "N".repeat(100) + " " + "B".repeat(100), "T".repeat(200),
                "S".repeat(200)));
        assertThat(text.chars().filter(ch -> ch == '\f').count()).as("pages").isLessThanOrEqualTo(1);
        assertThat(text).contains("7KQ2M-9XHBR-4ZT8N-Q3W5Y-M2C6D");
    }

    private static String readRaw(byte[] pdf) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("certificate", ".pdf");
        try {
            java.nio.file.Files.write(file, pdf);
            Process reader = new ProcessBuilder("/usr/bin/pdftotext", "-layout", "-enc", "UTF-8", file.toString(), "-")
                    .redirectErrorStream(true).start();
            String text = new String(reader.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(reader.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            return text;
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    /** As CertificateRendererTest reads it back: one trimmed line per printed line, Arabic letters normalised. */
    static List<String> readBack(byte[] pdf) throws Exception {
        return readRaw(pdf).lines()
                .map(line -> java.text.Normalizer.normalize(line, java.text.Normalizer.Form.NFKC)
                        .replaceAll("[\u202A-\u202E\u2066-\u2069\u0640\u00AD]", "")
                        .replaceAll("\\s+", " ").strip())
                .filter(line -> !line.isEmpty())
                .toList();
    }
}
