package ma.innovatice.common.i18n;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A text in French, Arabic and English, as the API reads and writes it. */
public record LocalizedText(
        @NotBlank @Size(max = 2000) String fr,
        @NotBlank @Size(max = 2000) String ar,
        @NotBlank @Size(max = 2000) String en) {

    public static LocalizedText of(Localized text) {
        return text == null || text.fr == null ? null : new LocalizedText(text.fr, text.ar, text.en);
    }

    public Localized toEmbeddable() {
        return new Localized(fr.trim(), ar.trim(), en.trim());
    }
}
