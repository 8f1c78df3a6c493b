package ma.innovatice.common.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Query;
import ma.innovatice.common.config.InnovaticeConfig;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.query.NativeQuery;

/**
 * An option for a single API process ({@code innovatice.query-cache}, off by default): the hottest
 * lists (the admin submissions list, a juror's assignments) kept in Hibernate's query cache, the
 * result of a query stored under its text and parameters, with the tables it read. Every write this
 * process makes through Hibernate (entities, HQL, native statements; a native statement that names no
 * table counts as a write to all of them) marks its tables changed, before its transaction and again
 * after it, and a stored result older than the last change of one of its tables is read again. So a
 * cached list never shows less than a fresh one would, within this process. Writes that bypass
 * Hibernate (plain JDBC) are not seen, nor are writes from outside the process: another API process
 * sharing the database, a SQL client. Hence off by default, and never for the account check of a
 * request ({@code ActiveAccountAugmentor} reads the database every time). With writes flowing (autosaves
 * at deadline time) it drops its results as fast as it keeps them and stops paying (issue 22).
 */
@ApplicationScoped
public class QueryCache {

    private final boolean enabled;
    private final SessionFactoryImplementor sessions;

    QueryCache(InnovaticeConfig config, EntityManagerFactory factory) {
        this.enabled = config.queryCache();
        this.sessions = factory.unwrap(SessionFactoryImplementor.class);
    }

    /** Where results are kept: each region has its own bound (application.properties). */
    public enum Region {
        /** Pages of lists: up to a few hundred rows each. */
        LISTS("innovatice-lists");

        private final String cacheName;

        Region(String cacheName) {
            this.cacheName = cacheName;
        }
    }

    /** The query, its result kept in the region when the cache is on. */
    public <Q extends Query> Q cached(Q query, Region region) {
        if (enabled) {
            query.setHint(HibernateHints.HINT_CACHEABLE, true);
            query.setHint(HibernateHints.HINT_CACHE_REGION, region.cacheName);
        }
        return query;
    }

    /**
     * A native write that names the entities whose tables it changes, so that only the results read
     * from those tables are dropped; a native write that names none drops every cached result.
     */
    public static <Q extends Query> Q writing(Q nativeWrite, Class<?>... entities) {
        NativeQuery<?> query = nativeWrite.unwrap(NativeQuery.class);
        for (Class<?> entity : entities) {
            query.addSynchronizedEntityClass(entity);
        }
        return nativeWrite;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Forgets every stored result: after the database was changed from outside (tests, repairs). */
    public void clear() {
        sessions.getCache().evictAllRegions();
    }
}
