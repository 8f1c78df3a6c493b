package ma.innovatice.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Working folders of tests that start servers of their own. */
public final class Folders {

    private Folders() {
    }

    /** {@code parent/name}, emptied if it exists, created otherwise. */
    public static Path fresh(Path parent, String name) throws IOException {
        Path dir = parent.resolve(name);
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return Files.createDirectories(dir);
    }
}
