package ma.innovatice.account;

/** What an account may do; the name is the {@code groups} claim of its tokens. */
public enum Role {
    TEACHER, JURY, COORDINATOR, ADMIN
}
