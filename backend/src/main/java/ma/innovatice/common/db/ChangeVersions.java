package ma.innovatice.common.db;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Versions of what the API processes keep in memory, one row each in {@code change_version}: the
 * transaction that changes such data adds one to its version, so that every process (not only the one
 * that wrote) learns of the change by one primary-key read of one number, and drops what it kept.
 */
@ApplicationScoped
public class ChangeVersions {

    /** What {@code PublicPagesCache} keeps. */
    public static final String PUBLIC_PAGES = "public-pages";

    private final AgroalDataSource dataSource;
    private final EntityManager entityManager;

    ChangeVersions(AgroalDataSource dataSource, EntityManager entityManager) {
        this.dataSource = dataSource;
        this.entityManager = entityManager;
    }

    /** The current version of {@code name} (0 before any change). */
    public long current(String name) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement read = connection.prepareStatement("SELECT version FROM change_version WHERE name = ?")) {
            read.setString(1, name);
            try (ResultSet row = read.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the version of " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Adds one to the version of {@code name}, in the transaction under way (so the new version is
     * seen exactly when the change it announces is committed), or in one of its own.
     */
    public void changed(String name) {
        QuarkusTransaction.joiningExisting().run(() -> entityManager.createNativeQuery(
                        "UPDATE change_version SET version = version + 1 WHERE name = ?1")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("change_version")
                .setParameter(1, name).executeUpdate());
    }
}
