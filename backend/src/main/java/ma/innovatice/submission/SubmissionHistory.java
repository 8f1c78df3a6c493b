package ma.innovatice.submission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ma.innovatice.account.Role;
import ma.innovatice.submission.SubmissionDtos.SubmissionEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Turns audit entries of a submission into the events its author and administrators read. */
final class SubmissionHistory {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SubmissionHistory() {
    }

    /** A row of (occurredAt, action, beforeState, afterState, actor role or null). */
    static SubmissionEvent event(Object[] row) {
        Instant at = (Instant) row[0];
        String action = (String) row[1];
        JsonNode before = parse((String) row[2]);
        JsonNode after = parse((String) row[3]);
        String role = row[4] == null ? "SYSTEM" : ((Role) row[4]).name();
        return switch (action) {
            case "STATUS" -> new SubmissionEvent(at, action, status(before), status(after), null, null, role);
            case "CREATE" -> new SubmissionEvent(at, action, null, status(after), null, null, role);
            case "UPDATE" -> new SubmissionEvent(at, action, null, null, fields(after), null, role);
            case "ATTACH" -> new SubmissionEvent(at, action, null, null, null, text(after, "filename"), role);
            case "DETACH" -> new SubmissionEvent(at, action, null, null, null, text(before, "filename"), role);
            default -> new SubmissionEvent(at, "UPDATE", null, null, List.of(), null, role);
        };
    }

    private static SubmissionStatus status(JsonNode state) {
        String status = text(state, "status");
        return status == null ? null : SubmissionStatus.valueOf(status);
    }

    private static String text(JsonNode state, String field) {
        return state == null || !state.hasNonNull(field) ? null : state.get(field).asText();
    }

    private static List<String> fields(JsonNode state) {
        List<String> names = new ArrayList<>();
        if (state != null) {
            for (Iterator<String> it = state.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
        }
        return names;
    }

    private static JsonNode parse(String json) {
        try {
            return json == null ? null : JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audit entry is not valid JSON", e);
        }
    }
}
