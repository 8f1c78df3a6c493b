package ma.innovatice.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import ma.innovatice.privacy.DataExportService.Export;
import ma.innovatice.privacy.DataExportService.ExportFile;
import ma.innovatice.submission.AttachmentStore;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an export as a zip straight to the response: the JSON documents, then each file's bytes one
 * chunk at a time from the database (never a whole file, nor the whole zip, in memory).
 */
@ApplicationScoped
public class DataExportZip {

    /** Longest file name kept inside the zip (the extension is kept). */
    static final int MAX_NAME = 120;

    private final ObjectMapper json;
    private final AttachmentStore store;

    DataExportZip(ObjectMapper mapper, AttachmentStore store) {
        this.json = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT);
        this.store = store;
    }

    public StreamingOutput body(Export export) {
        return out -> write(export, out);
    }

    void write(Export export, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Map.Entry<String, Object> document : export.documents().entrySet()) {
            zip.putNextEntry(new ZipEntry(document.getKey()));
            zip.write(json.writeValueAsBytes(document.getValue()));
            zip.closeEntry();
        }
        Set<String> used = new HashSet<>();
        for (ExportFile file : export.files()) {
            zip.putNextEntry(new ZipEntry(unique("files/" + file.projectId() + "/", safe(file.filename()), used)));
            store.copyTo(file.attachmentId(), zip);
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    /**
     * A name that stays inside its folder: no separators, no control or format characters, no
     * leading dots, at most {@link #MAX_NAME} characters (keeping the end, where the extension is).
     * One pass over the characters.
     */
    static String safe(String name) {
        StringBuilder out = new StringBuilder(Math.min(name == null ? 0 : name.length(), 1000));
        if (name != null) {
            for (int i = 0; i < name.length() && i < 1000; i++) {
                char c = name.charAt(i);
                boolean bad = c == '/' || c == '\\' || c == ':' || Character.isISOControl(c)
                        || Character.getType(c) == Character.FORMAT;
                out.append(bad ? '_' : c);
            }
        }
        int start = 0;
        while (start < out.length() && (out.charAt(start) == '.' || out.charAt(start) == ' ')) {
            start++;
        }
        String cleaned = out.substring(start).strip();
        if (cleaned.length() > MAX_NAME) {
            cleaned = cleaned.substring(cleaned.length() - MAX_NAME);
        }
        return cleaned.isEmpty() ? "fichier" : cleaned;
    }

    /** The path, numbered "name (2).pdf" when an earlier file of the same folder took it. */
    static String unique(String folder, String name, Set<String> used) {
        String candidate = folder + name;
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; !used.add(candidate.toLowerCase(java.util.Locale.ROOT)); n++) {
            candidate = folder + base + " (" + n + ")" + extension;
        }
        return candidate;
    }
}
