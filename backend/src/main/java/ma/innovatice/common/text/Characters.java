package ma.innovatice.common.text;

/**
 * Which characters free text may hold: the rule behind {@link PlainText}, and the cleaning of text
 * stored before that rule (or written behind the application's back) wherever it is printed.
 */
public final class Characters {

    private Characters() {
    }

    /** Whether a code point may appear in text people write; line breaks and tabs only when multiline. */
    public static boolean allowed(int codePoint, boolean multiline) {
        if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
            return multiline;
        }
        if (Character.getType(codePoint) == Character.CONTROL) {
            return false;
        }
        if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
            // Only an unpaired surrogate reaches here: String.codePoints() joins the paired ones.
            return false;
        }
        return !noncharacter(codePoint);
    }

    /** U+FDD0 to U+FDEF, and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE, …). */
    public static boolean noncharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }

    /** The index (in chars) of the first refused character, or -1 when the text is clean. */
    public static int firstRefused(CharSequence text, boolean multiline) {
        int i = 0;
        while (i < text.length()) {
            int codePoint = Character.codePointAt(text, i);
            if (!allowed(codePoint, multiline)) {
                return i;
            }
            i += Character.charCount(codePoint);
        }
        return -1;
    }

    /** The text without the characters it may not hold (line breaks and tabs become spaces when not multiline). */
    public static String clean(String text, boolean multiline) {
        if (text == null || firstRefused(text, multiline) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (allowed(codePoint, multiline)) {
                out.appendCodePoint(codePoint);
            } else if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
                out.append(' ');
            }
        });
        return out.toString();
    }
}
