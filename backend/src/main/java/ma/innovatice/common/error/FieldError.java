package ma.innovatice.common.error;

/** One invalid field of a request: its path (such as {@code forum.city} or {@code [2].weight}) and what is wrong. */
public record FieldError(String field, String message) {
}
