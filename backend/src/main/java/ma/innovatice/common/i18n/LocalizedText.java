package ma.innovatice.common.i18n;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A text in French and, when translated, in Arabic and English, as the API reads and writes it. French is
 * required; a blank translation is no translation (null, left out of answers). Values are trimmed.
 */
public record LocalizedText(
        @NotBlank @Size(max = 2000) String fr,
        @Size(max = 2000) String ar,
        @Size(max = 2000) String en) {

    public LocalizedText {
        fr = fr == null ? null : fr.trim();
        ar = ar == null || ar.isBlank() ? null : ar.trim();
        en = en == null || en.isBlank() ? null : en.trim();
    }

    public static LocalizedText of(Localized text) {
        return text == null || text.fr == null ? null : new LocalizedText(text.fr, text.ar, text.en);
    }

    public Localized toEmbeddable() {
        return new Localized(fr, ar, en);
    }
}
