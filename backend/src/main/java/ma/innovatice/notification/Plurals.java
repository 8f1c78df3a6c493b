package ma.innovatice.notification;

import ma.innovatice.account.Language;

/**
 * A count in an email's sentence, by the CLDR plural rules of whole numbers (the ones Intl.PluralRules
 * gives the client): French one (0, 1), many (a non-zero multiple of a million: "1 000 000 de projets")
 * and other; English one (1) and other; Arabic zero, one, two, few (3–10 after the hundreds), many
 * (11–99 after the hundreds) and other (100, 101, 102…). "{n}" in a form is replaced by the number.
 */
final class Plurals {

    enum Form { ZERO, ONE, TWO, FEW, MANY, OTHER }

    private Plurals() {
    }

    static Form form(Language language, long count) {
        long n = Math.abs(count);
        return switch (language) {
            case FR -> n <= 1 ? Form.ONE : n % 1_000_000 == 0 ? Form.MANY : Form.OTHER;
            case EN -> n == 1 ? Form.ONE : Form.OTHER;
            case AR -> {
                long hundreds = n % 100;
                yield n == 0 ? Form.ZERO : n == 1 ? Form.ONE : n == 2 ? Form.TWO
                        : hundreds >= 3 && hundreds <= 10 ? Form.FEW : hundreds >= 11 ? Form.MANY : Form.OTHER;
            }
        };
    }

    static String fr(long count, String one, String many, String other) {
        return fill(switch (form(Language.FR, count)) {
            case ONE -> one;
            case MANY -> many;
            default -> other;
        }, count);
    }

    static String en(long count, String one, String other) {
        return fill(form(Language.EN, count) == Form.ONE ? one : other, count);
    }

    static String ar(long count, String zero, String one, String two, String few, String many, String other) {
        return fill(switch (form(Language.AR, count)) {
            case ZERO -> zero;
            case ONE -> one;
            case TWO -> two;
            case FEW -> few;
            case MANY -> many;
            case OTHER -> other;
        }, count);
    }

    private static String fill(String form, long count) {
        return form.replace("{n}", Long.toString(count));
    }
}
