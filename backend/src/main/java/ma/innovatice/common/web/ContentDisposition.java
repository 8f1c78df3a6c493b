package ma.innovatice.common.web;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The Content-Disposition header of a download (RFC 6266): an ASCII {@code filename} for old
 * clients and the exact name as {@code filename*=UTF-8''…} (RFC 8187), which clients read first.
 */
public final class ContentDisposition {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ContentDisposition() {
    }

    /** {@code attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded UTF-8>}. */
    public static String attachment(String filename) {
        return "attachment; filename=\"" + asciiFallback(filename) + "\"; filename*=UTF-8''" + encode(filename);
    }

    /** {@code inline; ...}: the same names, for a file the browser shows in the page (an image, a PDF). */
    public static String inline(String filename) {
        return "inline; filename=\"" + asciiFallback(filename) + "\"; filename*=UTF-8''" + encode(filename);
    }

    /**
     * The name without accents, every other character outside printable ASCII as {@code _}; quotes,
     * backslashes and {@code %} too (a client may take {@code %xx} in a plain filename for an escape).
     */
    static String asciiFallback(String filename) {
        String stripped = Normalizer.normalize(filename, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder(stripped.length());
        stripped.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%' ? (char) c : '_'));
        return out.toString();
    }

    /** RFC 8187 {@code value-chars}: the UTF-8 bytes, every one outside {@code attr-char} as {@code %XX}. */
    static String encode(String filename) {
        StringBuilder out = new StringBuilder();
        for (byte b : filename.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isAttrChar(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean isAttrChar(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0;
    }
}
