package ma.innovatice.evaluation.calibration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks out of a project's texts the names that would tell a juror whose project a calibration
 * sample is: the author's (full name either way round, first and last name alone), the co-authors'
 * and the school's. Each occurrence of a whole word or phrase, whatever its case, becomes
 * {@value #MASK}; a name of fewer than three letters is left alone (it would hit ordinary words).
 * The longest names are replaced first, so that "Zineb Tazi" goes as one.
 *
 * <p>It cannot know every way a text may identify its author (a nickname, a village, a photo
 * caption): administrators read the copies in the calibration before the jurors score them.
 */
final class Anonymiser {

    static final String MASK = "[…]";
    private static final int SHORTEST = 3;

    private final List<Pattern> patterns;

    private Anonymiser(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    static Anonymiser of(String firstName, String lastName, List<String> coAuthors, String schoolName) {
        Set<String> names = new LinkedHashSet<>();
        if (firstName != null && lastName != null) {
            names.add(firstName.trim() + " " + lastName.trim());
            names.add(lastName.trim() + " " + firstName.trim());
        }
        names.add(firstName);
        names.add(lastName);
        names.add(schoolName);
        if (coAuthors != null) {
            for (String coAuthor : coAuthors) {
                names.add(coAuthor);
                if (coAuthor != null) {
                    names.addAll(List.of(coAuthor.trim().split("\\s+")));
                }
            }
        }
        List<String> kept = new ArrayList<>();
        for (String name : names) {
            String clean = name == null ? "" : name.trim().replaceAll("\\s+", " ");
            if (letters(clean) >= SHORTEST && !kept.contains(clean)) {
                kept.add(clean);
            }
        }
        kept.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        List<Pattern> patterns = new ArrayList<>();
        for (String name : kept) {
            String words = Pattern.quote(name).replace(" ", "\\E\\s+\\Q");
            patterns.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + words + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        return new Anonymiser(patterns);
    }

    /** The text with every name blanked out; null stays null. */
    String scrub(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (Pattern pattern : patterns) {
            out = pattern.matcher(out).replaceAll(Matcher.quoteReplacement(MASK));
        }
        return out;
    }

    private static int letters(String name) {
        return (int) name.codePoints().filter(Character::isLetter).count();
    }
}
