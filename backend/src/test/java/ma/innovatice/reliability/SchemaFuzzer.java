package ma.innovatice.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.engine.SourceOfRandomness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds request values from the contract's JSON schemas with jqwik's generators: values that
 * follow the schema, and values that break it in the ways clients and attackers do (wrong types,
 * missing and extra fields, huge or right-to-left strings, out-of-range numbers, nulls).
 */
final class SchemaFuzzer {

    private final JsonNode contract;
    private final Random random;

    private final Arbitrary<String> latin = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(30);
    private final Arbitrary<String> arabic = Arbitraries.strings().withCharRange('\u0621', '\u064A').ofMinLength(1)
            .ofMaxLength(40);
    private final Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(60);
    private final Arbitrary<Long> longs = Arbitraries.longs();
    private final Arbitrary<Integer> ints = Arbitraries.integers();
    private final Arbitrary<Double> doubles = Arbitraries.doubles();

    /**
     * Seeds jqwik's source of randomness for this thread, so that a run can be replayed: the same
     * seed draws the same requests (values are sampled outside a property's lifecycle).
     */
    SchemaFuzzer(JsonNode contract, long seed) {
        this.contract = contract;
        this.random = SourceOfRandomness.create(Long.toString(seed));
    }

    Random random() {
        return random;
    }

    <T> T draw(Arbitrary<T> arbitrary) {
        return arbitrary.sample();
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current != null && current.has("$ref")) {
            String[] parts = current.get("$ref").asText().substring(2).split("/");
            JsonNode target = contract;
            for (String part : parts) {
                target = target.get(part);
            }
            current = target;
        }
        if (current != null && current.has("allOf")) {
            return resolve(current.get("allOf").get(0));
        }
        return current;
    }

    /** A value the schema accepts (as far as formats and patterns can be guessed). */
    Object valid(JsonNode raw, int depth) {
        JsonNode schema = resolve(raw);
        if (schema == null) {
            return null;
        }
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.get("enum").forEach(v -> values.add(v.asText()));
            return pick(values);
        }
        String type = schema.path("type").asText("object");
        return switch (type) {
            case "string" -> validString(schema);
            case "integer" -> {
                long min = schema.has("minimum") ? schema.get("minimum").asLong() : 0;
                long max = schema.has("maximum") ? schema.get("maximum").asLong() : Math.max(min + 100, 100);
                yield min + (long) (random.nextDouble() * (max - min + 1));
            }
            case "number" -> {
                double min = schema.has("minimum") ? schema.get("minimum").asDouble() : 0;
                double max = schema.has("maximum") ? schema.get("maximum").asDouble() : 100;
                yield Math.round((min + random.nextDouble() * (max - min)) * 100) / 100.0;
            }
            case "boolean" -> random.nextBoolean();
            case "array" -> {
                int min = schema.path("minItems").asInt(0);
                int max = Math.min(schema.path("maxItems").asInt(min + 3), min + 3);
                List<Object> items = new ArrayList<>();
                int n = depth > 3 ? min : min + random.nextInt(max - min + 1);
                for (int i = 0; i < n; i++) {
                    items.add(valid(schema.get("items"), depth + 1));
                }
                yield items;
            }
            default -> validObject(schema, depth);
        };
    }

    private Map<String, Object> validObject(JsonNode schema, int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            if (required.contains(property.getKey()) || (depth < 3 && chance(0.5))) {
                object.put(property.getKey(), valid(property.getValue(), depth + 1));
            }
        }
        return object;
    }

    private String validString(JsonNode schema) {
        String format = schema.path("format").asText("");
        String pattern = schema.path("pattern").asText("");
        if (pattern.contains("MA-")) {
            return String.format("MA-%02d", 1 + random.nextInt(12));
        }
        switch (format) {
            case "date-time":
                return Instant.now().plusSeconds(random.nextInt(86400 * 60) - 86400 * 30L).toString();
            case "date":
                return LocalDate.now().plusDays(random.nextInt(100)).toString();
            case "email":
                return draw(latin) + "@fuzz.innovatice.ma";
            case "uri":
                return "https://example.ma/" + draw(latin);
            default:
                break;
        }
        if (schema.has("example")) {
            return schema.get("example").asText();
        }
        int min = schema.path("minLength").asInt(1);
        int max = Math.min(schema.path("maxLength").asInt(40), 40);
        String text = chance(0.3) ? draw(arabic) : draw(latin);
        while (text.length() < min) {
            text = text + draw(latin);
        }
        return text.length() > max ? text.substring(0, Math.max(min, max)) : text;
    }

    /** A value that breaks the schema, or a hostile one of the right type. */
    Object hostile(JsonNode raw, int depth) {
        JsonNode schema = resolve(raw);
        int mutation = random.nextInt(12);
        return switch (mutation) {
            case 0 -> null;
            case 1 -> "x".repeat(100_000);
            case 2 -> draw(anything);
            case 3 -> "\u202Eفوز\u202C <script>alert(1)</script> ' OR 1=1 -- " + draw(arabic);
            case 4 -> draw(longs);
            case 5 -> random.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE;
            case 6 -> draw(doubles);
            case 7 -> List.of(draw(latin), draw(ints));
            case 8 -> Map.of("unexpected", draw(latin));
            case 9 -> random.nextBoolean();
            case 10 -> -1 - random.nextInt(1000);
            default -> {
                Object valid = valid(schema, depth);
                if (valid instanceof Map<?, ?> map && !map.isEmpty()) {
                    Map<String, Object> broken = new LinkedHashMap<>();
                    map.forEach((k, v) -> broken.put((String) k, v));
                    String key = pick(new ArrayList<>(broken.keySet()));
                    if (random.nextBoolean()) {
                        broken.remove(key);
                    } else {
                        broken.put(key, hostile(schema.path("properties").path(key), depth + 1));
                    }
                    if (chance(0.3)) {
                        broken.put("extra" + draw(latin), draw(anything));
                    }
                    yield broken;
                }
                yield valid;
            }
        };
    }

    /** A path or query parameter: a known good value most of the time, otherwise a hostile one. */
    String parameter(Object good) {
        if (good != null && chance(0.5)) {
            return String.valueOf(good);
        }
        return pick(List.of("-1", "0", "9223372036854775807", "9223372036854775808", "abc", "1e3", "..%2F..%2Fetc",
                "١٢", " ", "%00", "1;DROP TABLE account", "x".repeat(3000), String.valueOf(draw(ints)),
                draw(arabic), String.valueOf(draw(longs))));
    }
}
