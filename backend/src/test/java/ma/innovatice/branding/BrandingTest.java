package ma.innovatice.branding;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static ma.innovatice.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

/** Issue 21, point 8: no institution's logo or name unless the operator sets one. */
@QuarkusTest
class BrandingTest {

    @Test
    void shouldShowNoLogoAndNoOrganiserByDefault() {
        api().get("/api/branding").then().statusCode(200)
                .header("Cache-Control", "public, max-age=300")
                .body("logo", nullValue())
                .body("organiser", nullValue());
    }

    @Test
    void shouldServeTheConfiguredLogoWithItsAlternativeAndTheOrganiser() {
        Branding branding = new Branding(Optional.of(" https://static.example.ma/logo.svg "), Optional.of("Académie régionale"),
                Optional.of(" Association des enseignants "));
        assertThat(branding.view().logo()).isEqualTo(new Branding.Logo("https://static.example.ma/logo.svg", "Académie régionale"));
        assertThat(branding.view().organiser()).isEqualTo("Association des enseignants");
    }

    @Test
    void shouldNameTheLogoAfterTheOrganiserWhenNoAlternativeIsGiven() {
        Branding branding = new Branding(Optional.of("/brand/logo.png"), Optional.empty(), Optional.of("AREF Rabat-Salé-Kénitra"));
        assertThat(branding.view().logo().alt()).isEqualTo("AREF Rabat-Salé-Kénitra");
    }

    @Test
    void shouldIgnoreALogoAddressThatIsNotHttpsNorOnThisSiteNorAnImage() {
        for (String url : new String[] {"http://example.ma/logo.png", "javascript:alert(1)", "//evil.example/logo.svg",
                "data:text/html,<script>", "   "}) {
            Branding branding = new Branding(Optional.of(url), Optional.of("Logo"), Optional.empty());
            assertThat(branding.view().logo()).as(url).isNull();
        }
        assertThat(new Branding(Optional.of("data:image/svg+xml;base64,PHN2Zy8+"), Optional.empty(), Optional.empty())
                .view().logo().url()).startsWith("data:image/");
    }
}
