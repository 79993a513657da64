package io.tradewind.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.persistence.queries.ReadQuery;

/**
 * Paged JPQL queries whose SQL is built once (ADR 0141). EclipseLink keeps a JPQL string's parsed query,
 * but prepared without a row limit, so setting one makes it build the SQL again on every execution. A
 * query registered as a named query with a limit is prepared once, with LIMIT and OFFSET as bound
 * parameters; each use then binds them and the query's own parameters (the tenant's included).
 */
final class PagedQueries {

    /** Distinct list queries are a few per list's filters and sorts; past this many, no more are kept. */
    private static final int MAX_KEPT = 2_000;

    private static final String PREFIX = "io.tradewind.paged:";

    private final ConcurrentMap<String, Boolean> registered = new ConcurrentHashMap<>();

    <T> TypedQuery<T> create(EntityManager em, String jpql, Class<T> type) {
        if (!registered.containsKey(jpql)) {
            if (registered.size() >= MAX_KEPT) {
                return em.createQuery(jpql, type);
            }
            registered.computeIfAbsent(jpql, key -> register(em, key, type));
        }
        return em.createNamedQuery(PREFIX + jpql, type);
    }

    private static Boolean register(EntityManager em, String jpql, Class<?> type) {
        TypedQuery<?> query = em.createQuery(jpql, type);
        ReadQuery shared = query.unwrap(ReadQuery.class);
        // any limit: the SQL gets LIMIT and OFFSET parameters, and a use's own limit keeps it prepared
        shared.setMaxRows(1);
        // the registered copy is shared by every use; each use clones it (as EclipseLink does for @NamedQuery)
        shared.setIsExecutionClone(false);
        em.getEntityManagerFactory().addNamedQuery(PREFIX + jpql, query);
        return Boolean.TRUE;
    }
}
