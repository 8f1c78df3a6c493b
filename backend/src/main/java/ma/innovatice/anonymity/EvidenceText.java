package ma.innovatice.anonymity;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The text of an evidence file, read within bounds so that a hostile file cannot hold the CPU or the
 * memory: a PDF up to its first 50 pages, a DOCX through at most 2000 zip entries and 16 MB of
 * uncompressed XML (its body, headers, footers, foot- and endnotes and comments), 200000 characters
 * in all, and a deadline checked as the text comes (the caller also stops waiting at the deadline).
 * A file that cannot be parsed is UNREADABLE, never an error.
 */
public final class EvidenceText {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    static final int MAX_PAGES = 50;
    static final int MAX_CHARS = 200_000;
    static final int MAX_ENTRIES = 2_000;
    static final long MAX_XML_BYTES = 16L * 1024 * 1024;

    /** How a reading ended. */
    public enum Outcome { CHECKED, PARTIAL, UNREADABLE, TIMEOUT, UNSUPPORTED_TYPE }

    /** A part of the file's text: a PDF page (numbered from 1) or a DOCX part (no page). */
    public record Part(Integer page, String text) {
    }

    /** The parts read, and whether all of the file was. */
    public record Result(Outcome outcome, List<Part> parts) {

        static Result of(Outcome outcome) {
            return new Result(outcome, List.of());
        }
    }

    /** Thrown inside the parsers when a bound is reached; the text read so far is kept. */
    private static final class Bound extends RuntimeException {
        final Outcome outcome;

        Bound(Outcome outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }

    private EvidenceText() {
    }

    public static boolean readable(String contentType) {
        return PDF.equals(contentType) || DOCX.equals(contentType);
    }

    /** Reads the file's text until the deadline ({@link System#nanoTime()}). */
    public static Result read(String contentType, byte[] bytes, long deadlineNanos) {
        if (!readable(contentType)) {
            return Result.of(Outcome.UNSUPPORTED_TYPE);
        }
        List<Part> parts = new ArrayList<>();
        Budget budget = new Budget(deadlineNanos);
        try {
            Outcome outcome = PDF.equals(contentType) ? pdf(bytes, budget, parts) : docx(bytes, budget, parts);
            return new Result(outcome, parts);
        } catch (Bound bound) {
            return new Result(bound.outcome, parts);
        } catch (IOException | XMLStreamException | RuntimeException | StackOverflowError e) {
            return new Result(Outcome.UNREADABLE, List.of());
        }
    }

    /** Characters left and the deadline. */
    private static final class Budget {
        final long deadline;
        int chars = MAX_CHARS;

        Budget(long deadline) {
            this.deadline = deadline;
        }

        void check() {
            if (System.nanoTime() - deadline > 0 || Thread.currentThread().isInterrupted()) {
                throw new Bound(Outcome.TIMEOUT);
            }
        }

        void take(int count) {
            chars -= count;
            if (chars < 0) {
                throw new Bound(Outcome.PARTIAL);
            }
        }
    }

    private static Outcome pdf(byte[] bytes, Budget budget, List<Part> parts) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            budget.check();
            int pages = document.getNumberOfPages();
            BoundedStripper stripper = new BoundedStripper(budget);
            for (int page = 1; page <= Math.min(pages, MAX_PAGES); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text;
                try {
                    text = stripper.getText(document);
                } catch (Bound bound) {
                    if (!stripper.current.isEmpty()) {
                        parts.add(new Part(page, stripper.current.toString()));
                    }
                    throw bound;
                }
                parts.add(new Part(page, text));
            }
            return pages > MAX_PAGES ? Outcome.PARTIAL : Outcome.CHECKED;
        }
    }

    /** A text stripper that counts what it writes and looks at the clock as it goes. */
    private static final class BoundedStripper extends PDFTextStripper {
        private final Budget budget;
        private final StringBuilder current = new StringBuilder();
        private int positions;

        BoundedStripper(Budget budget) {
            this.budget = budget;
        }

        @Override
        public String getText(PDDocument doc) throws IOException {
            current.setLength(0);
            return super.getText(doc);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if ((++positions & 255) == 0) {
                budget.check();
            }
            super.processTextPosition(text);
        }

        @Override
        protected void writeString(String text, List<TextPosition> textPositions) throws IOException {
            budget.check();
            budget.take(text.length());
            current.append(text).append(' ');
            super.writeString(text, textPositions);
        }
    }

    private static Outcome docx(byte[] bytes, Budget budget, List<Part> parts) throws IOException, XMLStreamException {
        long xmlLeft = MAX_XML_BYTES;
        int entries = 0;
        List<Part> others = new ArrayList<>();
        Outcome outcome = Outcome.CHECKED;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                budget.check();
                if (++entries > MAX_ENTRIES) {
                    outcome = Outcome.PARTIAL;
                    break;
                }
                if (!wordPart(entry.getName())) {
                    continue;
                }
                byte[] xml = readAtMost(zip, xmlLeft, budget);
                if (xml == null) {
                    outcome = Outcome.PARTIAL;
                    break;
                }
                xmlLeft -= xml.length;
                String text = wordText(xml, budget);
                if (!text.isBlank()) {
                    (entry.getName().equals("word/document.xml") ? parts : others).add(new Part(null, text));
                }
            }
        } catch (Bound bound) {
            parts.addAll(others);
            throw bound;
        }
        if (entries == 0) {
            return Outcome.UNREADABLE;
        }
        parts.addAll(others);
        return outcome;
    }

    /** The body, headers, footers, notes and comments of a Word document (names compared, no pattern). */
    static boolean wordPart(String name) {
        if (!name.startsWith("word/") || !name.endsWith(".xml") || name.indexOf('/', 5) >= 0) {
            return false;
        }
        String base = name.substring(5, name.length() - 4);
        return base.equals("document") || base.equals("comments") || base.equals("footnotes")
                || base.equals("endnotes") || base.startsWith("header") || base.startsWith("footer");
    }

    /** The entry's bytes, or null past {@code max} bytes. */
    private static byte[] readAtMost(InputStream in, long max, Budget budget) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            total += read;
            if (total > max) {
                return null;
            }
            out.write(buffer, 0, read);
            budget.check();
        }
        return out.toByteArray();
    }

    private static final XMLInputFactory XML = xmlFactory();

    private static XMLInputFactory xmlFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    /** The text of the w:t runs, paragraphs and breaks made spaces and line breaks. */
    private static String wordText(byte[] xml, Budget budget) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
        try {
            boolean inText = false;
            int events = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if ((++events & 1023) == 0) {
                    budget.check();
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    inText = name.equals("t");
                    if (name.equals("tab") || name.equals("br")) {
                        text.append(' ');
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    inText = false;
                    if (reader.getLocalName().equals("p")) {
                        text.append('\n');
                    }
                } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                    budget.take(reader.getTextLength());
                    text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                }
            }
        } finally {
            reader.close();
        }
        return text.toString();
    }
}
