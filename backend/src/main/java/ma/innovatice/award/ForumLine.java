package ma.innovatice.award;

import ma.innovatice.account.Language;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The international forum where the delegation represents Morocco, in words: its name, city and
 * dates as far as the edition gives them (emails, certificates).
 */
public record ForumLine(String name, String city, Integer year, LocalDate startsOn, LocalDate endsOn) {

    private static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter AR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("ar-MA"));
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** The forum's dates ("du 3 novembre 2026 au 6 novembre 2026"), or null when it has none. */
    public String dates(Language l) {
        if (startsOn == null && endsOn == null) {
            return null;
        }
        DateTimeFormatter f = switch (l) {
            case FR -> FR;
            case AR -> AR;
            case EN -> EN;
        };
        if (startsOn == null || endsOn == null || startsOn.equals(endsOn)) {
            LocalDate day = startsOn == null ? endsOn : startsOn;
            return switch (l) {
                case FR -> "le " + f.format(day);
                case AR -> "يوم " + f.format(day);
                case EN -> "on " + f.format(day);
            };
        }
        return switch (l) {
            case FR -> "du " + f.format(startsOn) + " au " + f.format(endsOn);
            case AR -> "من " + f.format(startsOn) + " إلى " + f.format(endsOn);
            case EN -> "from " + f.format(startsOn) + " to " + f.format(endsOn);
        };
    }

    /** "name, city, dates" (the year instead of the dates when there are none). */
    public String where(Language l) {
        String separator = l == Language.AR ? "، " : ", ";
        StringBuilder out = new StringBuilder();
        if (city != null && !city.isBlank()) {
            out.append(separator).append(city.strip());
        }
        String dates = dates(l);
        if (dates != null) {
            out.append(separator).append(dates);
        } else if (year != null) {
            out.append(separator).append(year);
        }
        return out.toString();
    }

    /** The certificate's line: "Représente le Maroc au forum « name », city, dates". */
    public String certificateLine(Language l) {
        return switch (l) {
            case FR -> "Représente le Maroc au forum international « " + name.strip() + " »" + where(l);
            case AR -> "يمثل المغرب في المنتدى الدولي «" + name.strip() + "»" + where(l);
            case EN -> "Represents Morocco at the international forum \"" + name.strip() + "\"" + where(l);
        };
    }
}
