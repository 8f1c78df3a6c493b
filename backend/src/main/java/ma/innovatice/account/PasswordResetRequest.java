package ma.innovatice.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A password reset asked for an address, waiting to be turned into an email (or into nothing, when no
 * enabled account has the address) by {@link PasswordResetRequests}.
 */
@Entity
@Table(name = "password_reset_request")
public class PasswordResetRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public String email;

    @Column(name = "requested_at", nullable = false, updatable = false)
    public Instant requestedAt;
}
