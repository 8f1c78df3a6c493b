package ma.innovatice.common.error;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An RFC 9457 problem details document; extension members go in {@link #with(String, Object)}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://innovatice.ma/problems/";

    private final String type;
    private final String title;
    private final int status;
    private final String detail;
    private String instance;
    private List<FieldError> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public Problem(String slug, String title, int status, String detail) {
        this.type = TYPE_BASE + slug;
        this.title = title;
        this.status = status;
        this.detail = detail;
    }

    /** The same problem with its title, detail and field messages written again (same type, status, fields, members). */
    public Problem rewritten(java.util.function.UnaryOperator<String> title, java.util.function.UnaryOperator<String> text) {
        Problem copy = new Problem(slug(), title.apply(this.title), status, detail == null ? null : text.apply(detail));
        copy.instance = instance;
        if (errors != null) {
            copy.errors = errors.stream().map(e -> new FieldError(e.field(), text.apply(e.message()))).toList();
        }
        copy.extensions.putAll(extensions);
        return copy;
    }

    /** The last segment of the type, such as {@code not-found}. */
    public String slug() {
        return type.startsWith(TYPE_BASE) ? type.substring(TYPE_BASE.length()) : type;
    }

    public Problem with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    /** An extension member, or null. */
    public Object member(String name) {
        return extensions.get(name);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        this.errors = fieldErrors.isEmpty() ? null : List.copyOf(fieldErrors);
        return this;
    }

    public Problem at(String path) {
        this.instance = path;
        return this;
    }

    public String getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public int getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public String getInstance() {
        return instance;
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    @JsonAnyGetter
    public Map<String, Object> getExtensions() {
        return extensions;
    }
}
