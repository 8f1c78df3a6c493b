package ma.innovatice.edition;

import java.util.Optional;

/** The lifecycle of an edition, moved one step at a time by an administrator. */
public enum EditionStatus {
    DRAFT, OPEN, EVALUATION, DELIBERATION, PUBLISHED, ARCHIVED;

    /** The only status this one may move to, none after ARCHIVED. */
    public Optional<EditionStatus> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    /** True when this status comes at or after {@code other} in the lifecycle. */
    public boolean atLeast(EditionStatus other) {
        return compareTo(other) >= 0;
    }
}
