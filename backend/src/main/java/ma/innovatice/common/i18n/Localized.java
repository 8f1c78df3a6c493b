package ma.innovatice.common.i18n;

import jakarta.persistence.Embeddable;

/** A text in French, Arabic and English. */
@Embeddable
public class Localized {

    public String fr;
    public String ar;
    public String en;

    public Localized() {
    }

    public Localized(String fr, String ar, String en) {
        this.fr = fr;
        this.ar = ar;
        this.en = en;
    }
}
