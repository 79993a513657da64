package io.tradewind.persistence;

import io.tradewind.tenancy.TenantContext;
import io.tradewind.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The one way application code reaches the database. {@link #em()} hands out the transaction's
 * persistence context with the current tenant set on it; tenant-owned entities are then filtered
 * by EclipseLink. Call it inside a transaction ({@code @Transactional}).
 */
@ApplicationScoped
public class Db {

    @PersistenceContext(unitName = "tradewind")
    EntityManager em;

    public EntityManager em() {
        TenantContext.current().ifPresent(tenant -> em.setProperty(TenantRecord.TENANT_PROPERTY, tenant));
        return em;
    }

    public <T> Optional<T> find(Class<T> type, long id) {
        return Optional.ofNullable(em().find(type, id));
    }

    /** The entity with the API id {@code id}, or a 404 problem. */
    public <T> T require(Class<T> type, String id) {
        return Ids.parse(id).flatMap(parsed -> find(type, parsed)).orElseThrow(() -> Problems.notFound(type));
    }

    public <T> T require(Class<T> type, long id) {
        return find(type, id).orElseThrow(() -> Problems.notFound(type));
    }
}
