package io.tradewind.plugin;

import io.tradewind.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which plugins each tenant has on (and its plan still allows), cached briefly so that an extension call costs a map lookup.
 * A change on this replica is seen at once ({@link #forget}); other replicas see it within
 * {@code TRADEWIND_PLUGIN_CACHE_MILLIS}.
 */
@ApplicationScoped
public class Enablements {

    private record Entry(List<EnabledPlugin> plugins, long loadedAt) {
    }

    @Resource(lookup = "jdbc/tradewindDirect")
    DataSource dataSource;

    @Inject
    PluginHost host;

    @Inject
    @ConfigProperty(name = "TRADEWIND_PLUGIN_CACHE_MILLIS", defaultValue = "2000")
    long cacheMillis;

    private final Map<Long, Entry> cache = new ConcurrentHashMap<>();
    /** Counts forgets: a list read before one of them is stale and must not be cached after it. */
    private final AtomicLong changes = new AtomicLong();

    /** The current tenant's enabled, running, not suspended plugins, in plugin id order. */
    public List<EnabledPlugin> current() {
        return forTenant(TenantContext.current().orElseThrow(() -> new IllegalStateException("no tenant")));
    }

    public List<EnabledPlugin> forTenant(long tenantId) {
        long now = System.nanoTime();
        Entry entry = cache.get(tenantId);
        if (entry == null || now - entry.loadedAt > cacheMillis * 1_000_000L) {
            // A background call (e.g. an event delivery) may read while an enable commits and is forgotten:
            // its list, read before the commit, is answered once but not kept.
            long seen = changes.get();
            entry = new Entry(load(tenantId), now);
            cache.put(tenantId, entry);
            if (changes.get() != seen) {
                cache.remove(tenantId, entry);
            }
        }
        return entry.plugins;
    }

    public void forget(long tenantId) {
        changes.incrementAndGet();
        cache.remove(tenantId);
    }

    /** Forgets every tenant's list: the host calls it whenever it loads, replaces or unloads a plugin. */
    void forgetAll() {
        changes.incrementAndGet();
        cache.clear();
    }

    /**
     * The version that serves a tenant which chose {@code version}: that one, loaded now if this
     * replica has its package but had unloaded it; the newest loaded one only when this replica has no
     * package of the chosen version at all (an installation from before ADR 0221, whose package an
     * upgrade then deleted, or a marketplace version this replica fetches on its next poll).
     */
    Optional<HostedPlugin> running(String pluginId, String version) {
        Optional<HostedPlugin> chosen = version == null ? Optional.empty() : host.find(pluginId, version);
        if (chosen.isEmpty() && version != null) {
            chosen = host.require(pluginId, version);
        }
        return chosen.isPresent() ? chosen : host.find(pluginId);
    }

    // Plain JDBC outside any transaction: this runs inside other capabilities' requests and jobs.
    private List<EnabledPlugin> load(long tenantId) {
        List<EnabledPlugin> enabled = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT i.plugin_id, i.settings, i.plugin_version FROM plugin_installation i "
                     + "WHERE i.tenant_id = ? AND i.enabled = TRUE AND i.suspended = FALSE AND EXISTS (SELECT 1 "
                     + "FROM tenant t JOIN plan_plugin pp ON pp.plan_code = t.plan_code "
                     + "WHERE t.id = ? AND pp.plugin_id IN (i.plugin_id, '*')) ORDER BY i.plugin_id")) {
            query.setLong(1, tenantId);
            query.setLong(2, tenantId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String pluginId = rows.getString(1);
                    String settings = rows.getString(2);
                    running(pluginId, rows.getString(3)).filter(HostedPlugin::started)
                            .ifPresent(plugin -> enabled.add(new EnabledPlugin(plugin, SettingsJson.toSettings(settings))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the tenant's plugins", e);
        }
        return List.copyOf(enabled);
    }
}
