package ma.innovatice.common.api;

/**
 * An answer made of values only (records of numbers, text, dates, enums and other such records):
 * two equal answers write the same JSON, so the bytes written for one may be sent for the other
 * ({@code JsonAnswers}). A type may carry this only if its {@code equals} compares every component
 * that reaches the JSON, which records do by construction.
 */
public interface ValueAnswer {
}
