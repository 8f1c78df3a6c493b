package ma.innovatice.common.security;

/** Role names as they appear in tokens ({@code groups}) and in {@code @RolesAllowed}. */
public final class Roles {

    public static final String TEACHER = "TEACHER";
    public static final String JURY = "JURY";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
