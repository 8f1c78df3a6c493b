package ma.innovatice.common.security;

/** Who performs an operation: an account, or the system itself (start-up tasks, scheduled jobs). */
public record Actor(Long accountId, String email, String role) {

    public static final Actor SYSTEM = new Actor(null, "system", "SYSTEM");

    public boolean isAdmin() {
        return Roles.ADMIN.equals(role);
    }

    public boolean isCoordinator() {
        return Roles.COORDINATOR.equals(role);
    }
}
