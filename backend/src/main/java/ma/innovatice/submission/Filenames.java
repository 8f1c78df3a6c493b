package ma.innovatice.submission;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/** Makes an uploaded file name safe to store and to send back in a Content-Disposition header. */
final class Filenames {

    private static final int MAX_LENGTH = 150;

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
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}\\p{Cf}<>:\"|?*\\\\/]", "")
                .replaceAll("\\s+", " ")
                .replaceAll("^[.\\s]+|[.\\s]+$", "");
        String wanted = "." + type.extension;
        String lower = name.toLowerCase(Locale.ROOT);
        boolean hasExtension = lower.endsWith(wanted) || (type == FileType.JPEG && lower.endsWith(".jpeg"));
        String base = hasExtension ? name.substring(0, name.lastIndexOf('.')) : name;
        base = base.replaceAll("[.\\s]+$", "");
        if (base.isEmpty()) {
            base = "document";
        }
        if (base.codePointCount(0, base.length()) > MAX_LENGTH) {
            base = base.substring(0, base.offsetByCodePoints(0, MAX_LENGTH));
        }
        return base + (hasExtension ? name.substring(name.lastIndexOf('.')) : wanted);
    }

    /** True for a name that names folders or climbs ("../x.pdf", "a/b.pdf", "C:\\x.pdf"): such uploads are refused. */
    static boolean isPath(String original) {
        return original != null && (original.contains("/") || original.contains("\\") || original.strip().equals(".."));
    }

    /** RFC 6266 header: an ASCII fallback and the exact UTF-8 name (RFC 8187). */
    static String contentDisposition(String filename) {
        String ascii = Normalizer.normalize(filename, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7E]", "_")
                .replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
