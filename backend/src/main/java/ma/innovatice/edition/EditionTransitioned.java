package ma.innovatice.edition;

import ma.innovatice.common.security.Actor;

/**
 * Fired synchronously, inside the transaction of a lifecycle move, after the edition's status has
 * changed. Other features observe it to do their part of the move (or refuse it by throwing, which
 * rolls the whole move back). {@code closedCallEarly}: the call closed before its published
 * closing instant, for {@code reason}; {@code overrideReason}: why the jury deliberates although
 * some projects lack evaluations (null when none was given).
 */
public record EditionTransitioned(Edition edition, EditionStatus from, EditionStatus to, Actor actor,
                                  boolean closedCallEarly, String reason, String overrideReason) {
}
