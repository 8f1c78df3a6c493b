package ma.innovatice.submission;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Removes what identifies a file's author before it is stored, so that a juror of a blind edition
 * downloads the content and nothing else. The content itself is left as it is:
 * <ul>
 * <li>PDF: the document information dictionary (Author, Creator, Producer, Title...) and every
 * XMP {@code /Metadata} stream and {@code /PieceInfo} dictionary; the file is saved again whole, so
 * earlier incremental revisions go too.</li>
 * <li>JPEG: every APPn segment but JFIF (APP0), an ICC profile (APP2) and Adobe (APP14), and
 * comments; an Exif orientation is kept as a one-entry Exif so that photos stay upright; the
 * frame, tables and scan data are copied byte for byte, and anything after the end marker is dropped.</li>
 * <li>PNG: the tEXt, zTXt, iTXt, eXIf and tIME chunks, and anything after IEND; every other chunk
 * is copied with its CRC.</li>
 * <li>DOCX, PPTX, XLSX: in docProps/core.xml only the dates, language and revision stay;
 * Company, Manager, Template and HyperlinkBase leave docProps/app.xml; docProps/custom.xml goes
 * with its relationship and content type. ODT: meta.xml keeps only the generator, dates,
 * statistics and language. In both, embedded JPEG and PNG pictures are scrubbed as above when
 * they can be read (left as they are otherwise); every other entry's content is copied unchanged
 * (entry comments and extra fields are not).</li>
 * </ul>
 * A file with nothing to remove is stored exactly as sent. A file whose structure cannot be read
 * (so that what it carries cannot be known) is refused with {@link Unreadable}; the one exception
 * is a PDF made of comments only, which has no object that could hold metadata. Work is bounded by
 * the (already size-limited) input: every loop advances through it, and packages are refused
 * beyond {@link #MAX_ENTRIES} entries or {@link #MAX_UNPACKED_BYTES} unpacked bytes.
 */
final class MetadataScrubber {

    /** At most this many entries in an Office or OpenDocument package. */
    static final int MAX_ENTRIES = 10_000;
    /** At most this many bytes, all entries unpacked, in an Office or OpenDocument package. */
    static final long MAX_UNPACKED_BYTES = 256L * 1024 * 1024;
    /** The metadata parts read into memory are small; a larger one is refused. */
    static final int MAX_METADATA_PART = 4 * 1024 * 1024;
    /** Pictures inside a package larger than this are left as they are (bounded memory). */
    private static final int MAX_EMBEDDED_PICTURE = 32 * 1024 * 1024;

    /** The file's structure could not be read; the message says why, for the client. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    private MetadataScrubber() {
    }

    /**
     * The scrubbed copy of {@code file}, in a new temporary file the caller deletes, or empty when
     * there was nothing to remove (the file is stored as it is).
     */
    static Optional<Path> scrub(FileType type, Path file) throws Unreadable, IOException {
        return switch (type) {
            case PDF -> pdf(file);
            case JPEG -> bytes(file, jpeg(Files.readAllBytes(file)));
            case PNG -> bytes(file, png(Files.readAllBytes(file)));
            case DOCX, PPTX, XLSX -> zip(file, true);
            case ODT -> zip(file, false);
        };
    }

    private static Optional<Path> bytes(Path original, Optional<byte[]> scrubbed) throws IOException {
        if (scrubbed.isEmpty()) {
            return Optional.empty();
        }
        Path out = Files.createTempFile("innovatice-scrubbed-", ".tmp");
        Files.write(out, scrubbed.get());
        return Optional.of(out);
    }

    // ---------------------------------------------------------------- PDF

    private static Optional<Path> pdf(Path file) throws Unreadable, IOException {
        PDDocument document;
        try {
            document = Loader.loadPDF(file.toFile());
        } catch (InvalidPasswordException e) {
            throw new Unreadable("it is a password-protected PDF; send it without a password");
        } catch (IOException e) {
            if (onlyComments(file)) {
                return Optional.empty();
            }
            throw new Unreadable("its PDF structure cannot be read");
        }
        try (document) {
            COSDocument cos = document.getDocument();
            boolean changed = false;
            COSDictionary trailer = cos.getTrailer();
            if (trailer != null && trailer.containsKey(COSName.INFO)) {
                trailer.removeItem(COSName.INFO);
                changed = true;
            }
            for (COSObjectKey key : new ArrayList<>(cos.getXrefTable().keySet())) {
                COSObject object = cos.getObjectFromPool(key);
                COSBase value = object == null ? null : object.getObject();
                if (value instanceof COSDictionary dictionary) {
                    changed |= dictionary.containsKey(COSName.METADATA) || dictionary.containsKey(COSName.PIECE_INFO);
                    dictionary.removeItem(COSName.METADATA);
                    dictionary.removeItem(COSName.PIECE_INFO);
                }
            }
            COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
            if (catalog.containsKey(COSName.METADATA) || catalog.containsKey(COSName.PIECE_INFO)) {
                catalog.removeItem(COSName.METADATA);
                catalog.removeItem(COSName.PIECE_INFO);
                changed = true;
            }
            if (!changed) {
                return Optional.empty();
            }
            if (document.isEncrypted()) {
                // Opened without a password: its protection only restricted what a reader may do.
                document.setAllSecurityToBeRemoved(true);
            }
            Path out = Files.createTempFile("innovatice-scrubbed-", ".pdf");
            try {
                document.save(out.toFile());
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(out);
                throw new Unreadable("its PDF structure cannot be written back");
            }
            return Optional.of(out);
        } catch (RuntimeException e) {
            throw new Unreadable("its PDF structure cannot be read");
        }
    }

    /** True when every line of the file is a comment (or blank): a PDF without a single object. */
    private static boolean onlyComments(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        boolean lineStart = true;
        for (byte b : bytes) {
            if (b == '\n' || b == '\r') {
                lineStart = true;
            } else if (lineStart && b != ' ' && b != '\t') {
                if (b != '%') {
                    return false;
                }
                lineStart = false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- JPEG

    /** The JPEG without its metadata segments, or empty when it has none (nor trailing bytes). */
    static Optional<byte[]> jpeg(byte[] in) throws Unreadable {
        int n = in.length;
        if (n < 4 || (in[0] & 0xFF) != 0xFF || (in[1] & 0xFF) != 0xD8) {
            throw new Unreadable("it does not start like a JPEG image");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        out.write(0xFF);
        out.write(0xD8);
        boolean changed = false;
        int orientation = 0;
        boolean orientationWritten = false;
        int pos = 2;
        while (pos < n) {
            if ((in[pos] & 0xFF) != 0xFF) {
                throw new Unreadable("its JPEG segments are broken at byte " + pos);
            }
            while (pos < n && (in[pos] & 0xFF) == 0xFF) {
                pos++; // fill bytes before a marker
            }
            if (pos >= n) {
                throw new Unreadable("it ends inside a JPEG marker");
            }
            int marker = in[pos++] & 0xFF;
            if (marker == 0xD9) {
                out.write(0xFF);
                out.write(marker);
                changed |= pos != n;
                return changed ? Optional.of(out.toByteArray()) : Optional.empty();
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                out.write(0xFF);
                out.write(marker);
                continue;
            }
            if (marker == 0x00 || marker == 0xD8) {
                throw new Unreadable("its JPEG segments are broken at byte " + (pos - 1));
            }
            if (pos + 2 > n) {
                throw new Unreadable("it ends inside a JPEG segment");
            }
            int length = ((in[pos] & 0xFF) << 8) | (in[pos + 1] & 0xFF);
            if (length < 2 || pos + length > n) {
                throw new Unreadable("a JPEG segment is longer than the file");
            }
            int dataStart = pos + 2;
            int dataLength = length - 2;
            pos += length;
            if (marker == 0xE1 && orientation <= 1) {
                orientation = exifOrientation(in, dataStart, dataLength);
            }
            if (!keepJpegSegment(marker, in, dataStart, dataLength)) {
                changed = true;
                continue;
            }
            if (!orientationWritten && orientation > 1 && !(marker == 0xE0 || marker == 0xE1)) {
                // The orientation goes right after the JFIF header, before the tables.
                writeOrientation(out, orientation);
                orientationWritten = true;
            }
            out.write(0xFF);
            out.write(marker);
            out.write(in, dataStart - 2, length);
            if (marker == 0xDA) {
                int end = scanEnd(in, pos);
                out.write(in, pos, end - pos);
                pos = end;
            }
        }
        // Ends without an end marker (a cut file): what was read is kept as it is.
        return changed ? Optional.of(out.toByteArray()) : Optional.empty();
    }

    private static boolean keepJpegSegment(int marker, byte[] in, int start, int length) {
        if (marker == 0xFE) {
            return false; // comment
        }
        if (marker < 0xE0 || marker > 0xEF) {
            return true; // tables, frame, scan, restart interval...
        }
        return marker == 0xE0
                || (marker == 0xE2 && startsWith(in, start, length, "ICC_PROFILE\0"))
                || (marker == 0xEE && startsWith(in, start, length, "Adobe"));
    }

    /** The first byte after a scan's entropy-coded data: the next marker that is not a restart. */
    private static int scanEnd(byte[] in, int pos) {
        int i = pos;
        while (i + 1 < in.length) {
            if ((in[i] & 0xFF) == 0xFF) {
                int next = in[i + 1] & 0xFF;
                if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                    i += 2;
                    continue;
                }
                if (next != 0xFF) {
                    return i;
                }
            }
            i++;
        }
        return in.length;
    }

    /** The Exif orientation (1 to 8) in an APP1 segment, or 0; reads only within the segment. */
    private static int exifOrientation(byte[] in, int start, int length) {
        if (!startsWith(in, start, length, "Exif\0\0") || length < 6 + 8) {
            return 0;
        }
        int tiff = start + 6;
        int tiffLength = length - 6;
        boolean big;
        if (in[tiff] == 'M' && in[tiff + 1] == 'M') {
            big = true;
        } else if (in[tiff] == 'I' && in[tiff + 1] == 'I') {
            big = false;
        } else {
            return 0;
        }
        long ifd = u32(in, tiff + 4, big);
        if (ifd < 8 || ifd + 2 > tiffLength) {
            return 0;
        }
        int count = u16(in, tiff + (int) ifd, big);
        for (int e = 0; e < count; e++) {
            long entry = ifd + 2 + 12L * e;
            if (entry + 12 > tiffLength) {
                return 0;
            }
            int at = tiff + (int) entry;
            if (u16(in, at, big) == 0x0112 && u16(in, at + 2, big) == 3) {
                int value = u16(in, at + 8, big);
                return value >= 1 && value <= 8 ? value : 0;
            }
        }
        return 0;
    }

    /** An APP1 Exif segment holding only the orientation tag. */
    private static void writeOrientation(ByteArrayOutputStream out, int orientation) {
        byte[] segment = {
            (byte) 0xFF, (byte) 0xE1, 0, 34,
            'E', 'x', 'i', 'f', 0, 0,
            'M', 'M', 0, 42, 0, 0, 0, 8,            // big-endian TIFF header, IFD0 at 8
            0, 1,                                   // one entry
            0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0,  // Orientation, SHORT, 1
            0, 0, 0, 0                              // no next IFD
        };
        out.write(segment, 0, segment.length);
    }

    private static int u16(byte[] in, int at, boolean big) {
        int a = in[at] & 0xFF;
        int b = in[at + 1] & 0xFF;
        return big ? (a << 8) | b : (b << 8) | a;
    }

    private static long u32(byte[] in, int at, boolean big) {
        long high = u16(in, big ? at : at + 2, big);
        long low = u16(in, big ? at + 2 : at, big);
        return (high << 16) | low;
    }

    private static boolean startsWith(byte[] in, int start, int length, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        if (length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (in[start + i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- PNG

    private static final Set<String> PNG_METADATA_CHUNKS = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME");

    /** The PNG without its text, Exif and time chunks, or empty when it has none (nor trailing bytes). */
    static Optional<byte[]> png(byte[] in) throws Unreadable {
        int n = in.length;
        if (n < 8 || (in[0] & 0xFF) != 0x89 || in[1] != 'P' || in[2] != 'N' || in[3] != 'G') {
            throw new Unreadable("it does not start like a PNG image");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        out.write(in, 0, 8);
        boolean changed = false;
        int pos = 8;
        boolean first = true;
        while (pos < n) {
            if (n - pos < 12) {
                throw new Unreadable("it ends inside a PNG chunk");
            }
            long length = u32(in, pos, true);
            if (length > n - pos - 12) {
                throw new Unreadable("a PNG chunk is longer than the file");
            }
            String type = new String(in, pos + 4, 4, StandardCharsets.ISO_8859_1);
            if (!type.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
                    || (first && !type.equals("IHDR"))) {
                throw new Unreadable("its PNG chunks are broken at byte " + pos);
            }
            first = false;
            int size = 12 + (int) length;
            if (PNG_METADATA_CHUNKS.contains(type)) {
                changed = true;
            } else {
                out.write(in, pos, size);
            }
            pos += size;
            if (type.equals("IEND")) {
                changed |= pos != n;
                break;
            }
        }
        return changed ? Optional.of(out.toByteArray()) : Optional.empty();
    }

    // ---------------------------------------------------------------- Office Open XML, OpenDocument

    private static final String CORE = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String DCTERMS = "http://purl.org/dc/terms/";
    private static final String ODF_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String ODF_META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
    private static final String CUSTOM_RELATION = "/custom-properties";

    /** What stays in docProps/core.xml: namespace and local name. */
    private static final Set<String> CORE_KEPT = Set.of(DCTERMS + " created", DCTERMS + " modified",
            DC + " language", CORE + " revision");
    /** What leaves docProps/app.xml, by local name (transitional and strict namespaces alike). */
    private static final Set<String> APP_REMOVED = Set.of("Company", "Manager", "Template", "HyperlinkBase");
    /** What stays in an ODF meta.xml. */
    private static final Set<String> ODF_KEPT = Set.of(ODF_META + " generator", ODF_META + " creation-date",
            DC + " date", ODF_META + " editing-cycles", ODF_META + " editing-duration",
            ODF_META + " document-statistic", DC + " language");

    private static Optional<Path> zip(Path file, boolean officeOpenXml) throws Unreadable, IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw new Unreadable("the package has " + zip.size() + " entries; at most " + MAX_ENTRIES + " are read");
            }
            long declared = 0;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                long size = e.nextElement().getSize();
                declared += Math.max(size, 0);
                if (declared > MAX_UNPACKED_BYTES) {
                    throw tooBig();
                }
            }
            Budget budget = new Budget();
            // Replacements: entry name to its new content, or null to drop the entry.
            Map<String, byte[]> changes = new HashMap<>();
            if (officeOpenXml) {
                officeChanges(zip, budget, changes);
            } else {
                xmlChange(zip, "meta.xml", budget, changes, MetadataScrubber::keepOnlyOdfMeta);
            }
            pictureChanges(zip, budget, changes);
            if (changes.isEmpty()) {
                return Optional.empty();
            }
            Path out = Files.createTempFile("innovatice-scrubbed-", ".zip");
            try {
                rewrite(zip, changes, budget, out);
            } catch (IOException | Unreadable | RuntimeException e) {
                Files.deleteIfExists(out);
                if (e instanceof Unreadable unreadable) {
                    throw unreadable;
                }
                throw new Unreadable("its package cannot be read: " + e.getMessage());
            }
            return Optional.of(out);
        } catch (ZipException e) {
            throw new Unreadable("its package cannot be read: " + e.getMessage());
        }
    }

    private static Unreadable tooBig() {
        return new Unreadable("the package unpacks to more than " + MAX_UNPACKED_BYTES / (1024 * 1024)
                + " MiB; it is not read");
    }

    /** Unpacked bytes read so far, across both passes. */
    private static final class Budget {
        private long used;

        void take(long bytes) throws Unreadable {
            used += bytes;
            if (used > 2 * MAX_UNPACKED_BYTES) {
                throw tooBig();
            }
        }
    }

    private static void officeChanges(ZipFile zip, Budget budget, Map<String, byte[]> changes)
            throws Unreadable, IOException {
        xmlChange(zip, "docProps/core.xml", budget, changes, MetadataScrubber::keepOnlyCore);
        xmlChange(zip, "docProps/app.xml", budget, changes, doc -> removeChildren(doc, APP_REMOVED));
        if (zip.getEntry("docProps/custom.xml") != null) {
            changes.put("docProps/custom.xml", null);
            xmlChange(zip, "_rels/.rels", budget, changes, doc -> removeChildrenWhere(doc,
                    child -> child.getAttribute("Type").endsWith(CUSTOM_RELATION)
                            || child.getAttribute("Type").endsWith("/customProperties")
                            || child.getAttribute("Target").replaceFirst("^/", "").equals("docProps/custom.xml")));
            xmlChange(zip, "[Content_Types].xml", budget, changes, doc -> removeChildrenWhere(doc,
                    child -> child.getAttribute("PartName").equals("/docProps/custom.xml")));
        }
    }

    private interface XmlEdit {
        /** Edits the document; true when something was removed. */
        boolean apply(Document document);
    }

    private static void xmlChange(ZipFile zip, String name, Budget budget, Map<String, byte[]> changes, XmlEdit edit)
            throws Unreadable, IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null || entry.isDirectory()) {
            return;
        }
        byte[] bytes = read(zip, entry, MAX_METADATA_PART, budget);
        if (bytes == null) {
            throw new Unreadable(name + " is larger than " + MAX_METADATA_PART + " bytes");
        }
        Document document = parse(bytes, name);
        if (edit.apply(document)) {
            changes.put(name, serialise(document));
        }
    }

    /** Keeps only the listed properties in docProps/core.xml; false when its root is another. */
    private static boolean keepOnlyCore(Document document) {
        Element root = document.getDocumentElement();
        return CORE.equals(root.getNamespaceURI()) && "coreProperties".equals(root.getLocalName())
                && removeChildrenWhere(root, child -> !CORE_KEPT.contains(key(child)));
    }

    /** Keeps only the listed properties in office:meta, the child of meta.xml's root. */
    private static boolean keepOnlyOdfMeta(Document document) {
        boolean removed = false;
        for (Node child = document.getDocumentElement().getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element meta && ODF_OFFICE.equals(meta.getNamespaceURI()) && "meta".equals(meta.getLocalName())) {
                removed |= removeChildrenWhere(meta, property -> !ODF_KEPT.contains(key(property)));
            }
        }
        return removed;
    }

    private static String key(Element element) {
        return element.getNamespaceURI() + " " + element.getLocalName();
    }

    private static boolean removeChildren(Document document, Set<String> removed) {
        return removeChildrenWhere(document, child -> removed.contains(child.getLocalName()));
    }

    private interface ElementTest {
        boolean test(Element element);
    }

    private static boolean removeChildrenWhere(Document document, ElementTest test) {
        return removeChildrenWhere(document.getDocumentElement(), test);
    }

    private static boolean removeChildrenWhere(Element parent, ElementTest test) {
        List<Node> doomed = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && test.test(e)) {
                doomed.add(child);
            }
        }
        doomed.forEach(parent::removeChild);
        return !doomed.isEmpty();
    }

    private static final Set<String> PICTURE_EXTENSIONS = Set.of(".jpg", ".jpeg", ".jpe", ".png");

    /** Pictures in the package carry their own Exif and text; scrubbed when they can be read. */
    private static void pictureChanges(ZipFile zip, Budget budget, Map<String, byte[]> changes) throws IOException, Unreadable {
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            String name = entry.getName();
            int dot = name.lastIndexOf('.');
            if (entry.isDirectory() || dot < 0 || changes.containsKey(name)
                    || !PICTURE_EXTENSIONS.contains(name.substring(dot).toLowerCase(Locale.ROOT))) {
                continue;
            }
            byte[] bytes = read(zip, entry, MAX_EMBEDDED_PICTURE, budget);
            if (bytes == null || bytes.length < 8) {
                continue;
            }
            try {
                Optional<byte[]> scrubbed = (bytes[0] & 0xFF) == 0xFF ? jpeg(bytes)
                        : (bytes[0] & 0xFF) == 0x89 ? png(bytes) : Optional.empty();
                scrubbed.ifPresent(b -> changes.put(name, b));
            } catch (Unreadable notAPicture) {
                // Left as it is: the package is the evidence, a broken picture in it is its own.
            }
        }
    }

    /** The entry's bytes, or null when it unpacks to more than {@code max}. */
    private static byte[] read(ZipFile zip, ZipEntry entry, int max, Budget budget) throws Unreadable {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(max + 1);
            budget.take(bytes.length);
            return bytes.length > max ? null : bytes;
        } catch (IOException e) {
            // A cut or corrupt entry: the reading of the upload's own bytes failed, not the server.
            throw new Unreadable("its entry " + entry.getName() + " cannot be unpacked");
        }
    }

    /** Writes the package again: same entries in the same order, the changed ones replaced. */
    private static void rewrite(ZipFile zip, Map<String, byte[]> changes, Budget budget, Path target)
            throws IOException, Unreadable {
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream file = Files.newOutputStream(target); ZipOutputStream out = new ZipOutputStream(file)) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                String name = entry.getName();
                boolean replaced = changes.containsKey(name);
                byte[] replacement = changes.get(name);
                if (replaced && replacement == null) {
                    continue;
                }
                ZipEntry copy = new ZipEntry(name);
                if (entry.getTime() != -1) {
                    copy.setTime(entry.getTime());
                }
                if (entry.getMethod() == ZipEntry.STORED) {
                    // Stored entries (the ODF mimetype first of all) stay stored.
                    byte[] content = replacement != null ? replacement : read(zip, entry, Integer.MAX_VALUE - 16, budget);
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(content.length);
                    copy.setCompressedSize(content.length);
                    copy.setCrc(crc.getValue());
                    out.putNextEntry(copy);
                    out.write(content);
                } else {
                    out.putNextEntry(copy);
                    if (replacement != null) {
                        out.write(replacement);
                    } else {
                        try (InputStream in = zip.getInputStream(entry)) {
                            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                                budget.take(read);
                                out.write(buffer, 0, read);
                            }
                        }
                    }
                }
                out.closeEntry();
            }
        }
    }

    private static Document parse(byte[] bytes, String name) throws Unreadable {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e; // refused quietly: the caller answers 422
                }
            });
            Document document = builder.parse(new ByteArrayInputStream(bytes));
            document.setXmlStandalone(true);
            return document;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No secure XML parser in this JVM", e);
        } catch (SAXException | IOException e) {
            throw new Unreadable(name + " is not well-formed XML");
        }
    }

    private static byte[] serialise(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("Cannot write XML back", e);
        }
    }
}
