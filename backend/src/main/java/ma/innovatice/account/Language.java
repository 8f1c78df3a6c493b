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
}
