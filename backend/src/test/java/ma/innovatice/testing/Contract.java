package ma.innovatice.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The operations of openapi.yaml, for the tests that go through all of them. */
public final class Contract {

    /** One operation: its id, HTTP method, path template, its own spec and the parameters its path declares. */
    public record Operation(String id, String method, String path, JsonNode spec, JsonNode pathParameters) {

        public boolean multipart() {
            return spec.path("requestBody").path("content").has("multipart/form-data");
        }
    }

    private Contract() {
    }

    public static JsonNode tree() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Operation> operations(JsonNode contract) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = contract.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            JsonNode shared = path.getValue().path("parameters");
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (op.getValue().has("operationId")) {
                    operations.add(new Operation(op.getValue().get("operationId").asText(), op.getKey().toUpperCase(),
                            path.getKey(), op.getValue(), shared));
                }
            }
        }
        return operations;
    }
}
