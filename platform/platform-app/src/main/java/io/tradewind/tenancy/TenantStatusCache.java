package io.tradewind.tenancy;

import io.tradewind.cache.ExpiringCache;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Optional;
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

    @PersistenceContext(unitName = "tradewind")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "TRADEWIND_TENANT_CACHE_SECONDS", defaultValue = "5")
    long ttlSeconds;

    private ExpiringCache<Long, Optional<TenantSummary>> entries;

    @PostConstruct
    void start() {
        entries = new ExpiringCache<>(Duration.ofSeconds(ttlSeconds));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TenantSummary> get(long tenantId) {
        return entries.get(tenantId, id -> Optional.ofNullable(em.find(Tenant.class, id))
                .map(t -> new TenantSummary(t.getId(), t.getCode(), t.getName(), t.getStatus())));
    }

    public void forget(long tenantId) {
        entries.remove(tenantId);
    }
}
