package ma.innovatice.common.api;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV for spreadsheet programs: UTF-8 with a byte order mark (so Arabic and accents show right),
 * RFC 4180 quoting, CRLF line ends, and cells that a spreadsheet would run as a formula defused
 * with a leading apostrophe.
 */
public final class Csv implements AutoCloseable {

    private final Writer writer;
    private final char separator;

    public Csv(OutputStream out, char separator) throws IOException {
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.separator = separator;
        writer.write('\uFEFF');
    }

    public void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(separator);
            }
            writer.write(cell(cells.get(i), separator));
        }
        writer.write("\r\n");
    }

    /** A value as cell text; null is an empty cell. */
    public static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static String cell(String value, char separator) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** Flushes what is written; the stream itself belongs to the caller. */
    @Override
    public void close() throws IOException {
        writer.flush();
    }
}
