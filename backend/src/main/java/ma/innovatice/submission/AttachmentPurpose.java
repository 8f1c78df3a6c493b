package ma.innovatice.submission;

/** What a file of a project is for (the values of attachment.purpose). */
public final class AttachmentPurpose {

    /** Classroom evidence, read by jurors. */
    public static final String EVIDENCE = "EVIDENCE";

    /** The scan of the parents' authorisations: its author and the organisers only. */
    public static final String AUTHORISATION = "AUTHORISATION";

    private AttachmentPurpose() {
    }
}
