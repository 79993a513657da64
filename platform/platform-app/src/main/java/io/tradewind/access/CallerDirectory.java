package io.tradewind.access;

import io.tradewind.cache.ExpiringCache;
import io.tradewind.tenancy.TenantStatusCache.TenantSummary;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Resolves a token's user into a {@link Caller} ({@link CallerResolver}) and keeps it for
 * TRADEWIND_CALLER_CACHE_SECONDS; changes to users and roles on this node take effect at once
 * ({@link #forgetTenant}). A hit costs no transaction (ADR 0141).
 */
@ApplicationScoped
public class CallerDirectory {

    private record Key(long tenantId, long userId) {
    }

    @Inject
    CallerResolver resolver;

    @Inject
    @ConfigProperty(name = "TRADEWIND_CALLER_CACHE_SECONDS", defaultValue = "5")
    long ttlSeconds;

    private ExpiringCache<Key, Caller> entries;

    @PostConstruct
    void start() {
        entries = new ExpiringCache<>(Duration.ofSeconds(ttlSeconds));
    }

    public Caller load(TenantSummary tenant, long userId) {
        return entries.get(new Key(tenant.id(), userId), key -> resolver.resolve(tenant, userId));
    }

    public void forgetTenant(long tenantId) {
        entries.removeIf(key -> key.tenantId == tenantId);
    }
}
