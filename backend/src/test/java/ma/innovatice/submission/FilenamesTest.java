package ma.innovatice.submission;

import ma.innovatice.testing.ReliabilityReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** File names of uploads: what is kept, and that hostile names cost time linear in a bounded length. */
class FilenamesTest {

    private static final List<String> REPORT = new ArrayList<>();

    @Test
    void keepsAReadableNameWithTheDetectedExtension() {
        assertThat(Filenames.sanitise("  ..Rapport   final.PDF  ", FileType.PDF)).isEqualTo("Rapport final.PDF");
        assertThat(Filenames.sanitise("photo...", FileType.JPEG)).isEqualTo("photo.jpg");
        assertThat(Filenames.sanitise("مشروع القسم.docx", FileType.DOCX)).isEqualTo("مشروع القسم.docx");
        assertThat(Filenames.sanitise("a<b>c:d|e?.pdf", FileType.PDF)).isEqualTo("abcde.pdf");
        assertThat(Filenames.sanitise("....", FileType.PNG)).isEqualTo("document.png");
        assertThat(Filenames.sanitise(null, FileType.PDF)).isEqualTo("document.pdf");
    }

    /**
     * The attack: a name of 40,000 dots followed by a letter made the trimming regular expressions
     * backtrack quadratically (21 s of CPU for one upload). Every hostile shape must now finish at once.
     */
    @Test
    void hostileNamesAreHandledInLinearTime() {
        List<String> names = List.of(
                ".".repeat(40_000) + "x",
                "a" + ".".repeat(40_000) + "b.pdf",
                " .".repeat(40_000) + "x",
                "\t".repeat(40_000) + "x",
                "x" + " ".repeat(40_000) + ".pdf",
                "🙂".repeat(30_000) + ".pdf");
        long started = System.nanoTime();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (String name : names) {
                String safe = Filenames.sanitise(name, FileType.PDF);
                assertThat(safe.codePointCount(0, safe.length())).isLessThanOrEqualTo(150 + 4);
                assertThat(safe).endsWith(".pdf").doesNotStartWith(".");
            }
        });
        REPORT.add(names.size() + " hostile upload names of 40,000+ characters (dot and space runs, emoji) sanitised in "
                + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms in all (the quadratic regex took 21 s for one)");
    }

    @AfterAll
    static void report() {
        ReliabilityReport.write("attack-filenames", "Attack: quadratic file names", REPORT);
    }
}
