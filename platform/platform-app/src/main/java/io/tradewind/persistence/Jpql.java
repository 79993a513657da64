package io.tradewind.persistence;

import io.tradewind.web.Page;
import io.tradewind.web.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Builds a filtered, sorted, paged JPQL query from optional filters: a condition whose value is
 * {@code null} is left out, so list endpoints read as a list of their filters.
 */
public final class Jpql<T> {

    /** From this many rows on, a list's total and {@link #selectLarge} results may be up to 30 s old (ADR 0127). */
    public static final long LARGE_ROWS = LargeCounts.LARGE;

    private static final LargeCounts LARGE_COUNTS = new LargeCounts();

    private static final PagedQueries PAGED = new PagedQueries();

    private final EntityManager em;
    private final Class<T> type;
    private final String alias;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private Jpql(EntityManager em, Class<T> type, String alias) {
        this.em = em;
        this.type = type;
        this.alias = alias;
    }

    public static <T> Jpql<T> from(EntityManager em, Class<T> type, String alias) {
        return new Jpql<>(em, type, alias);
    }

    /** Adds {@code condition} with parameter {@code name} bound to {@code value}, unless the value is null. */
    public Jpql<T> where(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds a condition with any number of parameters, unconditionally. */
    public Jpql<T> where(String condition, Map<String, ?> values) {
        conditions.add(condition);
        parameters.putAll(values);
        return this;
    }

    /** Free-text search: any of {@code paths} contains {@code text} (case-insensitive). */
    public Jpql<T> search(String text, String... paths) {
        if (text == null || text.isBlank()) {
            return this;
        }
        List<String> any = new ArrayList<>();
        for (String path : paths) {
            any.add("LOWER(" + path + ") LIKE :q");
        }
        conditions.add("(" + String.join(" OR ", any) + ")");
        parameters.put("q", "%" + escapeLike(text.strip().toLowerCase()) + "%");
        return this;
    }

    public long count() {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(" + alias + ") FROM " + entityName() + " " + alias
                + whereClause(), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    public List<T> list(String orderBy, int offset, int limit) {
        TypedQuery<T> query = PAGED.create(em, "SELECT " + alias + " FROM " + entityName() + " " + alias
                + whereClause() + tenantLed(orderBy), type);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** A projection over the filtered rows, e.g. {@code select("x.stageId, COUNT(x)", " GROUP BY x.stageId", Object[].class)}. */
    public <R> List<R> select(String projection, String tail, Class<R> resultType) {
        TypedQuery<R> query = em.createQuery("SELECT " + projection + " FROM " + entityName() + " " + alias
                + whereClause() + tail, resultType);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * {@link #select}, for an aggregate over a tenant's rows (e.g. per-stage counts and sums): when the
     * result covers at least 10,000 rows ({@code rows} of it), it is reused for up to 30 s per tenant,
     * query and parameters, like a large list's total (ADR 0127, 0131). Smaller results are exact.
     */
    public <R> List<R> selectLarge(String projection, String tail, Class<R> resultType, ToLongFunction<List<R>> rows) {
        Object tenant = em.getProperties().get(TenantRecord.TENANT_PROPERTY);
        if (tenant == null || !TenantRecord.class.isAssignableFrom(type)) {
            return select(projection, tail, resultType);
        }
        String key = tenant + " SELECT " + projection + " FROM " + entityName() + whereClause() + tail + " " + parameters;
        return LARGE_COUNTS.reuse(key, () -> List.copyOf(select(projection, tail, resultType)), rows);
    }

    public Page<T> page(PageRequest request, String orderBy) {
        List<T> items = list(orderBy, request.offset(), request.size());
        long total = items.size() < request.size() && (request.page() == 1 || !items.isEmpty())
                ? request.offset() + items.size()
                : total();
        return request.of(items, total);
    }

    /**
     * Puts the tenant column in front of a tenant-owned entity's ORDER BY, in the first key's direction.
     * H2 reads rows in an index's order only when the ORDER BY starts with the index's first column,
     * and ours start with {@code tenant_id} (ADR 0003); the multitenant filter fixes the tenant, so this
     * changes no result, and MariaDB/MySQL drop the constant key (ADR 0126).
     */
    private String tenantLed(String orderBy) {
        String prefix = " ORDER BY ";
        if (!TenantRecord.class.isAssignableFrom(type) || !orderBy.startsWith(prefix)) {
            return orderBy;
        }
        String keys = orderBy.substring(prefix.length());
        boolean descending = keys.split(",", 2)[0].strip().toUpperCase().endsWith(" DESC");
        return prefix + "COLUMN('tenant_id', " + alias + ")" + (descending ? " DESC, " : ", ") + keys;
    }

    /** {@link #count()}, or for a tenant's large list the count of a few seconds ago (ADR 0127). */
    private long total() {
        Object tenant = em.getProperties().get(TenantRecord.TENANT_PROPERTY);
        if (tenant == null || !TenantRecord.class.isAssignableFrom(type)) {
            return count();
        }
        return LARGE_COUNTS.count(tenant + " " + entityName() + whereClause() + " " + parameters, this::count);
    }

    private String whereClause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private String entityName() {
        jakarta.persistence.Entity entity = type.getAnnotation(jakarta.persistence.Entity.class);
        return entity != null && !entity.name().isEmpty() ? entity.name() : type.getSimpleName();
    }

    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
