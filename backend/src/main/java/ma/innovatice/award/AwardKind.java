package ma.innovatice.award;

/** The distinctions of the competition; the winner is one of the laureates and represents the Kingdom abroad. */
public enum AwardKind {
    WINNER, LAUREATE, SPECIAL_MENTION
}
