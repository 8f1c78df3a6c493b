package ma.innovatice.award;

import ma.innovatice.account.Language;

/**
 * A citation as the public reads it: in the language asked when it was translated into it, else in
 * French, with the language it is in (null text and language when the award has no citation).
 */
public record ServedCitation(String text, Language language) {

    public static ServedCitation of(Language asked, String fr, String ar, String en) {
        String translated = switch (asked) {
            case FR -> fr;
            case AR -> ar;
            case EN -> en;
        };
        if (translated != null) {
            return new ServedCitation(translated, asked);
        }
        return fr == null ? new ServedCitation(null, null) : new ServedCitation(fr, Language.FR);
    }

    public static ServedCitation of(Language asked, Award award) {
        return of(asked, award.citation, award.citationAr, award.citationEn);
    }
}
