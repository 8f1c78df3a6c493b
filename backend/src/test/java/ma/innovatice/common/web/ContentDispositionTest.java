package ma.innovatice.common.web;

import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The download header: an ASCII fallback and the exact UTF-8 name that clients read first. */
class ContentDispositionTest {

    @Test
    void shouldGiveAnArabicNameWholeInFilenameStarAndAnAsciiFallback() {
        String name = "مشروع القسم.pdf";
        String header = ContentDisposition.attachment(name);
        assertThat(header).isEqualTo("attachment; filename=\"_____ _____.pdf\"; filename*=UTF-8''"
                + "%D9%85%D8%B4%D8%B1%D9%88%D8%B9%20%D8%A7%D9%84%D9%82%D8%B3%D9%85.pdf");
        String encoded = header.substring(header.indexOf("UTF-8''") + 7);
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(name);
    }

    @Test
    void shouldKeepAsciiNamesReadableAndEscapeWhatAQuotedStringOrRfc8187Forbids() {
        assertThat(ContentDisposition.attachment("classement-edition-3.csv"))
                .isEqualTo("attachment; filename=\"classement-edition-3.csv\"; filename*=UTF-8''classement-edition-3.csv");
        assertThat(ContentDisposition.attachment("plan de séance.pdf"))
                .isEqualTo("attachment; filename=\"plan de seance.pdf\"; filename*=UTF-8''plan%20de%20s%C3%A9ance.pdf");
        // '*', '\'', '(' and ')' are not attr-chars; '"', '\\' and '%' would break or mislead the quoted fallback
        assertThat(ContentDisposition.attachment("a*b'c(1) \"x\" 50%\\.pdf"))
                .isEqualTo("attachment; filename=\"a*b'c(1) _x_ 50__.pdf\"; filename*=UTF-8''a%2Ab%27c%281%29%20%22x%22%2050%25%5C.pdf");
    }
}
