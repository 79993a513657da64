package io.tradewind.access;

import io.tradewind.tenancy.TenantStatusCache.TenantSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
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

    private record Entry(Caller caller, long expiresAt) {
    }

    @Inject
    CallerResolver resolver;

    @Inject
    @ConfigProperty(name = "TRADEWIND_CALLER_CACHE_SECONDS", defaultValue = "5")
    long ttlSeconds;

    private final ConcurrentMap<Key, Entry> entries = new ConcurrentHashMap<>();

    public Caller load(TenantSummary tenant, long userId) {
        Key key = new Key(tenant.id(), userId);
        long now = System.nanoTime();
        Entry entry = entries.get(key);
        if (entry != null && entry.expiresAt - now > 0) {
            return entry.caller;
        }
        Caller caller = resolver.resolve(tenant, userId);
        entries.put(key, new Entry(caller, now + ttlSeconds * 1_000_000_000L));
        return caller;
    }

    public void forgetTenant(long tenantId) {
        entries.keySet().removeIf(key -> key.tenantId == tenantId);
    }
}
