package io.tradewind.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Each request checks that its tenant exists and is active. The answer is kept for a few seconds
 * (TRADEWIND_TENANT_CACHE_SECONDS) so this costs no query per request; a suspension on this node
 * takes effect at once, on other replicas within that time.
 */
@ApplicationScoped
public class TenantStatusCache {

    /** What a request needs to know about its tenant. */
    public record TenantSummary(long id, String code, String name, Tenant.Status status) {
    }

    private record Entry(Optional<TenantSummary> tenant, long expiresAt) {
    }

    @PersistenceContext(unitName = "tradewind")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "TRADEWIND_TENANT_CACHE_SECONDS", defaultValue = "5")
    long ttlSeconds;

    private final ConcurrentMap<Long, Entry> entries = new ConcurrentHashMap<>();

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TenantSummary> get(long tenantId) {
        long now = System.nanoTime();
        Entry entry = entries.get(tenantId);
        if (entry == null || entry.expiresAt - now < 0) {
            Tenant tenant = em.find(Tenant.class, tenantId);
            Optional<TenantSummary> summary = Optional.ofNullable(tenant)
                    .map(t -> new TenantSummary(t.getId(), t.getCode(), t.getName(), t.getStatus()));
            entry = new Entry(summary, now + ttlSeconds * 1_000_000_000L);
            entries.put(tenantId, entry);
        }
        return entry.tenant;
    }

    public void forget(long tenantId) {
        entries.remove(tenantId);
    }
}
