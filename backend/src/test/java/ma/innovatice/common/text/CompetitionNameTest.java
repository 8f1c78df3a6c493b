package ma.innovatice.common.text;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site, the emails and the certificate call the competition by one Arabic name: every
 * "الأساتذة …" of the client's Arabic texts is {@link CompetitionName#AR}, and the emails and the
 * certificate write no Arabic name of their own but that constant (MailBidiTest and
 * CertificateRendererTest read it in a rendered email and a printed certificate).
 */
class CompetitionNameTest {

    private static final Pattern NAME = Pattern.compile("الأساتذة\\s+[\\p{IsArabic}\\p{M}]+");

    @Test
    void shouldUseOneArabicNameInTheClientTheEmailsAndTheCertificate() throws Exception {
        String client = Files.readString(Path.of("..", "frontend", "src", "lib", "i18n", "locales", "ar.ts"));
        Matcher names = NAME.matcher(client);
        int found = 0;
        while (names.find()) {
            assertThat(names.group()).as("the competition's name in ar.ts").isEqualTo(CompetitionName.AR);
            found++;
        }
        assertThat(found).as("names of the competition in ar.ts").isGreaterThanOrEqualTo(4);

        Path main = Path.of("src", "main", "java", "ma", "innovatice");
        for (Path source : List.of(main.resolve("notification/MailTemplates.java"), main.resolve("notification/Letter.java"),
                main.resolve("award/CertificateRenderer.java"))) {
            String code = Files.readString(source);
            assertThat(NAME.matcher(code).find()).as("an Arabic name of the competition written out in %s", source).isFalse();
            assertThat(code).as(source.toString()).contains("CompetitionName.AR");
        }

        // The demo editions' Arabic titles, as seeded and as the migration fills in older demo databases
        // (the name between guillemets; "الأساتذة من …" in a sentence is not the name).
        Pattern quoted = Pattern.compile("«(الأساتذة\\s+[\\p{IsArabic}\\p{M}]+)»");
        for (Path source : List.of(main.resolve("demo/DemoData.java"),
                Path.of("src", "main", "resources", "db", "migration", "V30__content_translations.sql"))) {
            Matcher demo = quoted.matcher(Files.readString(source));
            int named = 0;
            while (demo.find()) {
                assertThat(demo.group(1)).as("the competition's name in %s", source).isEqualTo(CompetitionName.AR);
                named++;
            }
            assertThat(named).as("names of the competition in %s", source).isGreaterThanOrEqualTo(1);
        }
    }
}
