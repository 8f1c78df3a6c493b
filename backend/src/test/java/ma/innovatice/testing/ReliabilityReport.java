package ma.innovatice.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The reliability tests write what they tried and what they saw, one Markdown file per section
 * under target/reliability/; `make test` prints them at the end.
 */
public final class ReliabilityReport {

    private static final Path FOLDER = Path.of("target", "reliability");

    private ReliabilityReport() {
    }

    public static void write(String section, String title, List<String> lines) {
        try {
            Files.createDirectories(FOLDER);
            StringBuilder text = new StringBuilder("### ").append(title).append('\n');
            lines.forEach(line -> text.append("- ").append(line).append('\n'));
            Files.writeString(FOLDER.resolve(section + ".md"), text.append('\n').toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
