package io.tradewind.plugin;

import io.tradewind.audit.AuditLog;
import io.tradewind.persistence.Db;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records failed plugin calls for the tenant admin and suspends a plugin for a tenant after too
 * many failures in a row. Runs in its own transaction: the caller's work goes on (or rolls back)
 * regardless.
 */
@ApplicationScoped
public class FailureRecorder {

    @Inject
    Db db;

    @Inject
    AuditLog audit;

    @Inject
    Enablements enablements;

    @Inject
    @ConfigProperty(name = "TRADEWIND_PLUGIN_MAX_FAILURES", defaultValue = "5")
    int maxConsecutiveFailures;

    /** Tenant/plugin pairs whose failure count is not zero, so that a success writes only when needed. */
    private final Set<String> failing = ConcurrentHashMap.newKeySet();

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long tenantId, String pluginId, String extensionPoint, PluginFailure.Kind kind, String detail) {
        db.em().persist(new PluginFailure(pluginId, extensionPoint, kind, detail));
        installation(pluginId).ifPresent(installation -> {
            failing.add(tenantId + "/" + pluginId);
            if (installation.failed(maxConsecutiveFailures)) {
                audit.record(AuditLog.Actor.SYSTEM, "plugin.suspended", "plugin", installation.getId(),
                        null, Map.of("pluginId", pluginId, "consecutiveFailures", installation.getConsecutiveFailures()));
                enablements.forget(tenantId);
            }
        });
    }

    /**
     * A newer version of the plugin could not be installed (its migrations failed): the current
     * tenant's admins see it in the plugin's failure log, and the audit log keeps it. The running
     * version goes on serving, so the failure count that suspends a plugin is left alone.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void upgradeFailed(String pluginId, String runningVersion, String failedVersion, String reason) {
        db.em().persist(new PluginFailure(pluginId, "upgrade", PluginFailure.Kind.UPGRADE,
                failedVersion + ": " + reason));
        installation(pluginId).ifPresent(installation -> audit.record(AuditLog.Actor.SYSTEM, "plugin.upgrade-failed",
                "plugin", installation.getId(), null, Map.of("pluginId", pluginId, "runningVersion", runningVersion,
                        "failedVersion", failedVersion, "reason", reason)));
    }

    void succeeded(long tenantId, String pluginId) {
        // Checked first so that the common case (nothing failing) builds no key.
        if (!failing.isEmpty() && failing.remove(tenantId + "/" + pluginId)) {
            resetCount(pluginId);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void resetCount(String pluginId) {
        installation(pluginId).ifPresent(PluginInstallation::succeeded);
    }

    private java.util.Optional<PluginInstallation> installation(String pluginId) {
        return db.em().createQuery("SELECT i FROM PluginInstallation i WHERE i.pluginId = :plugin", PluginInstallation.class)
                .setParameter("plugin", pluginId).getResultStream().findFirst();
    }
}
