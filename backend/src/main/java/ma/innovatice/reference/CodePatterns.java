package ma.innovatice.reference;

/** The shapes of the reference codes, for validating request fields and filters. */
public final class CodePatterns {

    /** A region code, MA-01 to MA-12. */
    public static final String REGION = "^MA-(0[1-9]|1[0-2])$";

    /** A school level code. */
    public static final String LEVEL = "^(PRESCOLAIRE|PRIMAIRE|SECONDAIRE_COLLEGIAL|SECONDAIRE_QUALIFIANT)$";

    private CodePatterns() {
    }
}
