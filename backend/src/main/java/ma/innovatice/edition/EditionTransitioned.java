package ma.innovatice.edition;

import ma.innovatice.common.security.Actor;

/**
 * Fired synchronously, inside the transaction of a lifecycle move, after the edition's status has
 * changed. Other features observe it to do their part of the move (or refuse it by throwing, which
 * rolls the whole move back).
 */
public record EditionTransitioned(Edition edition, EditionStatus from, EditionStatus to, Actor actor) {
}
