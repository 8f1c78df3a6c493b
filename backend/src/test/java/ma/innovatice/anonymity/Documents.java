package ma.innovatice.anonymity;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Evidence files made in the tests: a PDF with one line of text per page, a DOCX with a body and a header. */
final class Documents {

    private Documents() {
    }

    static byte[] pdf(List<String> pages) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String text : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(50, 700);
                    content.showText(text);
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] docx(String body, String header) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" "
                + "ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\""
                + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
        parts.put("word/document.xml", wordXml("document", "body", body));
        if (header != null) {
            parts.put("word/header1.xml", wordXml("hdr", null, header));
        }
        return zip(parts);
    }

    private static String wordXml(String root, String inner, String text) {
        StringBuilder runs = new StringBuilder();
        for (String paragraph : text.split("\n", -1)) {
            runs.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(paragraph.replace("&", "&amp;")
                    .replace("<", "&lt;")).append("</w:t></w:r></w:p>");
        }
        String content = inner == null ? runs.toString() : "<w:" + inner + ">" + runs + "</w:" + inner + ">";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:" + root + " xmlns:w=\""
                + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" + content + "</w:" + root + ">";
    }

    static byte[] zip(Map<String, String> parts) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
