package ma.innovatice.evaluation;

import java.util.Set;

/** Fired synchronously, inside the transaction that gave these jurors new assignments in an edition. */
public record JurorsAssigned(long editionId, Set<Long> jurorIds) {
}
