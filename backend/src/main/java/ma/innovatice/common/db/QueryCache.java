package ma.innovatice.common.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Query;
import ma.innovatice.common.config.InnovaticeConfig;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.query.NativeQuery;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The few reads every authenticated page makes are kept in Hibernate's query cache: the result of a
 * query is stored under its text and parameters, with the tables it read. Every write this process
 * makes through Hibernate (entities, HQL, native statements; a native statement that names no table
 * counts as a write to all of them) marks its tables changed, before its transaction and again after
 * it, and a stored result older than the last change of one of its tables is read again. So a cached
 * read never shows less than a fresh one would, within this process. Writes that bypass Hibernate
 * (plain JDBC) are not seen, nor are writes from outside the process: hence
 * {@code innovatice.query-cache=false} for several processes. The one plain-JDBC write of the
 * application (the bytes of files) goes to a table no cached query reads.
 */
@ApplicationScoped
public class QueryCache {

    private final boolean enabled;
    private final SessionFactoryImplementor sessions;
    private final Map<Class<?>, String[]> tablesOf = new ConcurrentHashMap<>();
    /** The moment of the last {@link #clear()}: nothing remembered from before it is trusted. */
    private volatile long clearedAt;

    QueryCache(InnovaticeConfig config, EntityManagerFactory factory) {
        this.enabled = config.queryCache();
        this.sessions = factory.unwrap(SessionFactoryImplementor.class);
    }

    /** Where results are kept: each region has its own bound (application.properties). */
    public enum Region {
        /** The account check of authenticated requests: one small row per account. */
        ACCOUNTS("innovatice-accounts"),
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

    /**
     * A moment on the query cache's clock, to be taken before a read whose result is kept outside
     * Hibernate, and given later to {@link #unchangedSince}.
     */
    public long moment() {
        return sessions.getCache().getRegionFactory().nextTimestamp();
    }

    /**
     * Whether a result read after the moment is still what the database holds: the cache is on, it
     * was not cleared since, and no write of this process to the entities' tables began since (the
     * very test Hibernate applies to its own cached results). Needs no connection.
     */
    public boolean unchangedSince(long moment, SharedSessionContractImplementor session, Class<?>... entities) {
        if (!enabled || moment <= clearedAt) {
            return false;
        }
        for (Class<?> entity : entities) {
            String[] tables = tablesOf.computeIfAbsent(entity, type -> Arrays.stream(
                    sessions.getMappingMetamodel().getEntityDescriptor(type).getQuerySpaces()).map(String::valueOf)
                    .toArray(String[]::new));
            if (!sessions.getCache().getTimestampsCache().isUpToDate(tables, moment, session)) {
                return false;
            }
        }
        return true;
    }

    /** Forgets every stored result: after the database was changed from outside (tests, repairs). */
    public void clear() {
        sessions.getCache().evictAllRegions();
        clearedAt = moment();
    }
}
