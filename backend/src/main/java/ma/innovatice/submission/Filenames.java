package ma.innovatice.submission;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Makes an uploaded file name safe to store and to send back in a Content-Disposition header. */
final class Filenames {

    private static final int MAX_LENGTH = 150;
    /** Longer names are cut to their last characters first (the extension is at the end). */
    private static final int MAX_INPUT_LENGTH = 1_000;
    /** One character class, no repetition: linear. */
    private static final Pattern FORBIDDEN = Pattern.compile("[\\p{Cntrl}\\p{Cf}<>:\"|?*\\\\/]");

    private Filenames() {
    }

    /**
     * Keeps the last path segment, drops control and reserved characters, trims dots and spaces
     * (no hidden or relative names), bounds the length, and ends the name with the extension of
     * the detected type.
     */
    static String sanitise(String original, FileType type) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        // A name is cut before any other work, so every step below is linear in a bounded length.
        if (name.length() > MAX_INPUT_LENGTH) {
            name = name.substring(name.length() - MAX_INPUT_LENGTH);
            if (Character.isLowSurrogate(name.charAt(0))) {
                name = name.substring(1);
            }
        }
        name = collapseSpaces(FORBIDDEN.matcher(Normalizer.normalize(name, Normalizer.Form.NFC)).replaceAll(""));
        name = trimDotsAndSpaces(name, true);
        String wanted = "." + type.extension;
        String lower = name.toLowerCase(Locale.ROOT);
        boolean hasExtension = lower.endsWith(wanted) || (type == FileType.JPEG && lower.endsWith(".jpeg"));
        String base = hasExtension ? name.substring(0, name.lastIndexOf('.')) : name;
        base = trimDotsAndSpaces(base, false);
        if (base.isEmpty()) {
            base = "document";
        }
        if (base.codePointCount(0, base.length()) > MAX_LENGTH) {
            base = base.substring(0, base.offsetByCodePoints(0, MAX_LENGTH));
        }
        return base + (hasExtension ? name.substring(name.lastIndexOf('.')) : wanted);
    }

    /** Runs of white space become one space, in one pass. */
    private static String collapseSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!inSpace) {
                    out.append(' ');
                }
                inSpace = true;
            } else {
                out.append(c);
                inSpace = false;
            }
        }
        return out.toString();
    }

    /** Drops dots and spaces at the end (and at the start when asked), in one pass from each side. */
    private static String trimDotsAndSpaces(String text, boolean start) {
        int from = 0;
        int to = text.length();
        while (start && from < to && isDotOrSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && isDotOrSpace(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    private static boolean isDotOrSpace(char c) {
        return c == '.' || Character.isWhitespace(c);
    }

    /** True for a name that names folders or climbs ("../x.pdf", "a/b.pdf", "C:\\x.pdf"): such uploads are refused. */
    static boolean isPath(String original) {
        return original != null && (original.contains("/") || original.contains("\\") || original.strip().equals(".."));
    }
}
