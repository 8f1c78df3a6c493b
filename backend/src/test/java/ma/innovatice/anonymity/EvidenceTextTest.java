package ma.innovatice.anonymity;

import ma.innovatice.anonymity.EvidenceText.Outcome;
import ma.innovatice.anonymity.EvidenceText.Part;
import ma.innovatice.anonymity.EvidenceText.Result;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceTextTest {

    private static final IdentityScanner AMINA = IdentityScanner.of("Amina", "El Idrissi", "amina@ecole.ma",
            "Collège Ibn Sina", List.of());

    private static long soon() {
        return System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    }

    @Test
    void shouldFindTheNameOnPageTwoOfAPdf() {
        byte[] pdf = Documents.pdf(List.of("Rapport du projet de classe", "Auteur : Amina El Idrissi, College Ibn Sina",
                "Conclusion"));
        Result result = EvidenceText.read(EvidenceText.PDF, pdf, soon());
        assertThat(result.outcome()).isEqualTo(Outcome.CHECKED);
        assertThat(result.parts()).extracting(Part::page).containsExactly(1, 2, 3);
        Part second = result.parts().get(1);
        assertThat(AMINA.find(result.parts().get(0).text(), 10)).isEmpty();
        assertThat(AMINA.find(second.text(), 10)).extracting(IdentityScanner.Match::kind)
                .containsExactly(IdentityScanner.Kind.NAME, IdentityScanner.Kind.SCHOOL);
    }

    @Test
    void shouldReadOnlyTheFirstFiftyPages() {
        List<String> pages = new ArrayList<>();
        for (int i = 1; i <= 52; i++) {
            pages.add(i == 52 ? "Amina" : "Page " + i);
        }
        Result result = EvidenceText.read(EvidenceText.PDF, Documents.pdf(pages), soon());
        assertThat(result.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(result.parts()).hasSize(EvidenceText.MAX_PAGES);
    }

    @Test
    void shouldFindTheNameInTheBodyAndHeaderOfADocx() {
        byte[] docx = Documents.docx("Notre projet\nmené au collège IBN  SINA", "Amina El-Idrissi — rapport");
        Result result = EvidenceText.read(EvidenceText.DOCX, docx, soon());
        assertThat(result.outcome()).isEqualTo(Outcome.CHECKED);
        assertThat(result.parts()).hasSize(2);
        assertThat(AMINA.find(result.parts().get(0).text(), 10)).extracting(IdentityScanner.Match::kind)
                .containsExactly(IdentityScanner.Kind.SCHOOL);
        assertThat(AMINA.find(result.parts().get(1).text(), 10)).extracting(IdentityScanner.Match::kind)
                .containsExactly(IdentityScanner.Kind.NAME);
        assertThat(result.parts()).allMatch(p -> p.page() == null);
    }

    @Test
    void shouldReportAFileThatCannotBeReadAsNotChecked() {
        assertThat(EvidenceText.read(EvidenceText.PDF, "%PDF-1.7\nnot really\n".getBytes(StandardCharsets.US_ASCII),
                soon()).outcome()).isEqualTo(Outcome.UNREADABLE);
        assertThat(EvidenceText.read(EvidenceText.DOCX, "PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1),
                soon()).outcome()).isEqualTo(Outcome.UNREADABLE);
        assertThat(EvidenceText.read(EvidenceText.DOCX, Documents.zip(Map.of("word/document.xml", "<w:document")),
                soon()).outcome()).isEqualTo(Outcome.UNREADABLE);
        assertThat(EvidenceText.read("image/png", new byte[] {1, 2, 3}, soon()).outcome())
                .isEqualTo(Outcome.UNSUPPORTED_TYPE);
    }

    @Test
    void shouldStopAtItsBoundsOnHostileFiles() {
        // 20 MB of XML that compresses to almost nothing: past the 16 MB bound, the part is not read.
        String bomb = "<w:document xmlns:w=\"w\"><w:body>" + " ".repeat(20 * 1024 * 1024) + "</w:body></w:document>";
        long start = System.nanoTime();
        Result swollen = EvidenceText.read(EvidenceText.DOCX, Documents.zip(Map.of("word/document.xml", bomb)), soon());
        assertThat(swollen.outcome()).isEqualTo(Outcome.PARTIAL);
        // More text than the 200000 characters read.
        String longBody = "mot ".repeat(60_000) + "Amina";
        Result tooLong = EvidenceText.read(EvidenceText.DOCX, Documents.docx(longBody, null), soon());
        assertThat(tooLong.outcome()).isEqualTo(Outcome.PARTIAL);
        // A deadline already past.
        Result late = EvidenceText.read(EvidenceText.PDF, Documents.pdf(List.of("Amina")), System.nanoTime() - 1);
        assertThat(late.outcome()).isEqualTo(Outcome.TIMEOUT);
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(5_000);
    }
}
