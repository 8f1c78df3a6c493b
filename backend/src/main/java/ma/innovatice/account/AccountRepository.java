package ma.innovatice.account;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class AccountRepository implements PanacheRepository<Account> {

    /** Case-insensitive: the column's collation ignores case. */
    public Optional<Account> findByEmail(String email) {
        return find("email", email).firstResultOptional();
    }

    public boolean emailTaken(String email) {
        return count("email", email) > 0;
    }

    public boolean anyAdmin() {
        return count("role", Role.ADMIN) > 0;
    }

    public PanacheQuery<Account> search(Role role, String text, String regionCode) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (regionCode != null) {
            where.append(" and regionCode = :region");
            parameters.and("region", regionCode);
        }
        if (role != null) {
            where.append(" and role = :role");
            parameters.and("role", role);
        }
        if (text != null && !text.isBlank()) {
            where.append(" and (email like :text or firstName like :text or lastName like :text)");
            parameters.and("text", "%" + escapeLike(text.trim()) + "%");
        }
        return find(where.toString(), Sort.by("email").and("id"), parameters);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
