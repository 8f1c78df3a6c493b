package ma.innovatice.common.db;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.query.NativeQuery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.LongConsumer;

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
    private final TransactionSynchronizationRegistry transactions;

    ChangeVersions(AgroalDataSource dataSource, EntityManager entityManager, TransactionSynchronizationRegistry transactions) {
        this.dataSource = dataSource;
        this.entityManager = entityManager;
        this.transactions = transactions;
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
     * seen exactly when the change it announces is committed), or in one of its own; once committed,
     * {@code committed} gets the new version (so that the process that wrote knows its own change from
     * another's). Nothing when the transaction rolls back.
     */
    public void changed(String name, LongConsumer committed) {
        if (transactions.getTransactionKey() == null) {
            committed.accept(QuarkusTransaction.requiringNew().call(() -> increment(name)));
            return;
        }
        long version = increment(name);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    committed.accept(version);
                }
            }
        });
    }

    private long increment(String name) {
        entityManager.createNativeQuery("UPDATE change_version SET version = version + 1 WHERE name = ?1")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("change_version")
                .setParameter(1, name).executeUpdate();
        // The row is locked by the update until the commit: this is the version the commit makes.
        return ((Number) entityManager.createNativeQuery("SELECT version FROM change_version WHERE name = ?1")
                .setParameter(1, name).getSingleResult()).longValue();
    }
}
