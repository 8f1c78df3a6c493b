package ma.innovatice.edition;

import ma.innovatice.common.security.Actor;

import java.time.Instant;

/**
 * Fired synchronously, inside the transaction, when an administrator extends the evaluation
 * deadline of an edition in EVALUATION; the edition already holds the new deadline.
 */
public record EvaluationDeadlineExtended(Edition edition, Instant previous, Actor actor) {
}
