package ma.innovatice.account;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The languages of the platform; French is the default, Arabic is written right to left. */
public enum Language {
    @JsonProperty("fr") FR("fr"),
    @JsonProperty("ar") AR("ar"),
    @JsonProperty("en") EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Language ofCode(String code) {
        for (Language language : values()) {
            if (language.code.equals(code)) {
                return language;
            }
        }
        throw new IllegalArgumentException("Unknown language " + code);
    }

    @Override
    public String toString() {
        return code;
    }

    /**
     * The language of an {@code Accept-Language} header that labels exist in (fr, ar, en), by
     * preference; else the fallback (no header, none of those, or a header that does not parse).
     */
    public static Language fromHeader(String acceptLanguage, Language fallback) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return fallback;
        }
        try {
            for (java.util.Locale.LanguageRange range : java.util.Locale.LanguageRange.parse(acceptLanguage)) {
                String primary = range.getRange().split("-", 2)[0];
                for (Language language : values()) {
                    if (language.code.equals(primary) && range.getWeight() > 0) {
                        return language;
                    }
                }
            }
        } catch (IllegalArgumentException malformed) {
            return fallback;
        }
        return fallback;
    }
}
