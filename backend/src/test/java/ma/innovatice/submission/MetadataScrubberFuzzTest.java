package ma.innovatice.submission;

import ma.innovatice.testing.ReliabilityReport;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The scrubber on damaged files (bytes flipped, cut, repeated): it ends, and either gives a file or
 * refuses it as unreadable (a 422), never another exception (a 500). No Quarkus needed.
 */
class MetadataScrubberFuzzTest {

    private static byte[] mutate(byte[] sample, Random random) {
        byte[] bytes = sample.clone();
        switch (random.nextInt(4)) {
            case 0 -> {
                for (int i = 0, flips = 1 + random.nextInt(8); i < flips; i++) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
            }
            case 1 -> bytes = java.util.Arrays.copyOf(bytes, 8 + random.nextInt(bytes.length - 8));
            case 2 -> {
                int at = 8 + random.nextInt(bytes.length - 8);
                bytes[at] = (byte) 0xFF;
                if (at + 1 < bytes.length) {
                    bytes[at + 1] = (byte) (0xC0 + random.nextInt(64)); // a marker where none should be
                }
            }
            default -> {
                int from = random.nextInt(bytes.length);
                int length = Math.min(bytes.length - from, 1 + random.nextInt(64));
                byte[] longer = new byte[bytes.length + length];
                System.arraycopy(bytes, 0, longer, 0, from + length);
                System.arraycopy(bytes, from, longer, from + length, bytes.length - from);
                bytes = longer;
            }
        }
        return bytes;
    }

    @Test
    void shouldEndAndRefuseOrScrubEveryDamagedFile() throws Exception {
        Map<FileType, byte[]> samples = new TreeMap<>(Map.of(FileType.PDF, MetadataScrubTest.pdf(),
                FileType.JPEG, MetadataScrubTest.jpeg(), FileType.PNG, MetadataScrubTest.png(),
                FileType.DOCX, MetadataScrubTest.docx()));
        Random random = new Random(Long.getLong("fuzz.seed", 16L));
        List<String> lines = new ArrayList<>();
        Path file = Files.createTempFile("scrub-fuzz-", ".bin");
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
                for (Map.Entry<FileType, byte[]> sample : samples.entrySet()) {
                    int refused = 0;
                    int scrubbed = 0;
                    int skipped = 0;
                    int runs = sample.getKey() == FileType.PDF ? 300 : 1500;
                    for (int i = 0; i < runs; i++) {
                        byte[] damaged = mutate(sample.getValue(), random);
                        Files.write(file, damaged);
                        Optional<FileType> detected = FileType.detect(file);
                        if (detected.isEmpty()) {
                            skipped++; // refused with 415 before the scrubber
                            continue;
                        }
                        try {
                            Optional<Path> out = MetadataScrubber.scrub(detected.get(), file);
                            if (out.isPresent()) {
                                assertThat(Files.size(out.get())).isPositive();
                                Files.delete(out.get());
                            }
                            scrubbed++;
                        } catch (MetadataScrubber.Unreadable e) {
                            assertThat(e.getMessage()).isNotBlank();
                            refused++;
                        }
                    }
                    lines.add(sample.getKey() + ": " + runs + " damaged copies, " + scrubbed + " stored, " + refused
                            + " refused with 422, " + skipped + " no longer of an accepted type (415)");
                }
            });
        } finally {
            Files.deleteIfExists(file);
        }
        ReliabilityReport.write("metadata-scrub-fuzz", "Metadata scrubber on damaged files", lines);
    }
}
