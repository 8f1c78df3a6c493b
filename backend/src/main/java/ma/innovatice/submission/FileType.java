package ma.innovatice.submission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The file types accepted as evidence, recognised by their bytes: a signature for PDF, PNG and
 * JPEG; for the Office Open XML and OpenDocument formats, the ZIP container and the part that
 * only that format has. Names and declared types are never trusted.
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    public final String mediaType;
    public final String extension;

    FileType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The type of the file's content, or empty when it is none of the accepted ones. */
    public static Optional<FileType> detect(Path file) throws IOException {
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        byte[] start = Arrays.copyOf(head, read);
        if (startsWith(start, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(start, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(start, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(start, ZIP_MAGIC)) {
            return detectPackage(file);
        }
        return Optional.empty();
    }

    /** Reads only the ZIP central directory (and the tiny ODF mimetype part), never inflating content. */
    private static Optional<FileType> detectPackage(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") != null) {
                if (zip.getEntry("word/document.xml") != null) {
                    return Optional.of(DOCX);
                }
                if (zip.getEntry("ppt/presentation.xml") != null) {
                    return Optional.of(PPTX);
                }
                if (zip.getEntry("xl/workbook.xml") != null) {
                    return Optional.of(XLSX);
                }
                return Optional.empty();
            }
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null && mimetype.getSize() >= 0 && mimetype.getSize() <= 100) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    String declared = new String(in.readNBytes(100), StandardCharsets.US_ASCII).trim();
                    if (ODT.mediaType.equals(declared) && zip.getEntry("content.xml") != null) {
                        return Optional.of(ODT);
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
