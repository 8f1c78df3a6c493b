package ma.innovatice.notification;

import ma.innovatice.account.Language;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The plural forms of the emails' counts agree with CLDR, as the client's Intl.PluralRules gives them. */
class PluralsTest {

    private static final long[] COUNTS = {0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111, 1000, 1_000_000, 2_000_000, 1_000_001};

    private static String forms(Language language) {
        return Stream.of(java.util.Arrays.stream(COUNTS).boxed().toArray(Long[]::new))
                .map(n -> n + ":" + Plurals.form(language, n).name().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(" "));
    }

    @Test
    void shouldPickTheFormsNodesIntlPluralRulesPicks() {
        // node -e "new Intl.PluralRules(lang).select(n)" for each count, Node 20 (ICU 74).
        Map<Language, String> intl = Map.of(
                Language.FR, "0:one 1:one 2:other 3:other 10:other 11:other 99:other 100:other 101:other 102:other "
                        + "103:other 111:other 1000:other 1000000:many 2000000:many 1000001:other",
                Language.EN, "0:other 1:one 2:other 3:other 10:other 11:other 99:other 100:other 101:other 102:other "
                        + "103:other 111:other 1000:other 1000000:other 2000000:other 1000001:other",
                Language.AR, "0:zero 1:one 2:two 3:few 10:few 11:many 99:many 100:other 101:other 102:other 103:few "
                        + "111:many 1000:other 1000000:other 2000000:other 1000001:other");
        intl.forEach((language, expected) -> assertThat(forms(language)).as(language.name()).isEqualTo(expected));
    }

    @Test
    void shouldWriteTheArabicCountsInTheirSixForms() {
        assertThat(Stream.of(0L, 1L, 2L, 3L, 11L, 100L)
                .map(n -> Plurals.ar(n, "{n} مشروع", "مشروع واحد", "مشروعان", "{n} مشاريع", "{n} مشروعًا", "{n} مشروع")))
                .containsExactly("0 مشروع", "مشروع واحد", "مشروعان", "3 مشاريع", "11 مشروعًا", "100 مشروع");
        assertThat(Plurals.fr(1, "{n} projet", "{n} de projets", "{n} projets")).isEqualTo("1 projet");
        assertThat(Plurals.fr(0, "{n} projet", "{n} de projets", "{n} projets")).isEqualTo("0 projet");
        assertThat(Plurals.fr(1_000_000, "{n} projet", "{n} de projets", "{n} projets")).isEqualTo("1000000 de projets");
        assertThat(Plurals.en(0, "{n} project", "{n} projects")).isEqualTo("0 projects");
    }
}
