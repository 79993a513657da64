package io.tradewind.plugin;

import io.tradewind.audit.AuditLog;
import io.tradewind.persistence.Db;
import io.tradewind.tenancy.TenantContext;
import io.tradewind.web.Page;
import io.tradewind.web.ProblemType;
import io.tradewind.web.Problems;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The tenant admin's plugin operations: list, enable with settings, change settings, disable. */
@ApplicationScoped
public class PluginService {

    static final int MAX_FAILURES_LISTED = 100;

    @Inject
    Db db;

    @Inject
    PluginHost host;

    @Inject
    SettingsValidator validator;

    @Inject
    AuditLog audit;

    @Inject
    Enablements enablements;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Joins the request's transaction: a plugin's rows go with its installation, or not at all. */
    @Resource(lookup = "jdbc/tradewind")
    javax.sql.DataSource transactionalData;

    @Inject
    PlanPlugins plans;

    @Inject
    PluginObjects objects;

    @Inject
    io.tradewind.plugin.migration.PluginMigrations migrations;

    @Inject
    PluginJobs jobs;

    @Inject
    SettingsLabels settingsLabels;

    @Inject
    PluginFields fields;

    private PluginView view(HostedPlugin plugin, PluginInstallation installation) {
        HostedPlugin newest = host.find(plugin.id()).orElse(plugin);
        return PluginView.of(plugin, installation, settingsLabels.schema(plugin), newest.version());
    }

    /** The version that serves the tenant: the one it chose (ADR 0221), the newest before it chose one. */
    private HostedPlugin running(HostedPlugin newest, PluginInstallation installation) {
        if (installation == null) {
            return newest;
        }
        return enablements.running(newest.id(), installation.getPluginVersion()).orElse(newest);
    }

    @Transactional
    public Page<PluginView> list() {
        Map<String, PluginInstallation> installed = installations().stream()
                .collect(Collectors.toMap(PluginInstallation::getPluginId, Function.identity()));
        java.util.Set<String> allowed = plans.allowed(TenantContext.current().orElseThrow());
        List<PluginView> items = host.all().stream().filter(p -> PlanPlugins.allows(allowed, p.id()))
                .map(p -> view(running(p, installed.get(p.id())), installed.get(p.id()))).toList();
        return new Page<>(items, items.size(), 1, Math.max(items.size(), 1));
    }

    @Transactional
    public PluginView get(String pluginId) {
        PluginInstallation installation = installation(pluginId).orElse(null);
        return view(running(plugin(pluginId), installation), installation);
    }

    /**
     * Turns the plugin on for the tenant: the version asked for, else the one it chose before, else the
     * newest. Asking for a newer version than the installed one upgrades it (audited as such too);
     * an older one is refused: versions only go up (ADR 0221).
     */
    @Transactional
    public PluginView enable(String pluginId, EnableRequest request) {
        HostedPlugin newest = plugin(pluginId);
        PluginInstallation installation = installation(pluginId).orElse(null);
        String wanted = request == null ? null : request.version();
        HostedPlugin plugin = wanted != null ? available(pluginId, wanted) : running(newest, installation);
        String from = installation == null ? null : installation.getPluginVersion();
        if (from != null && PluginVersions.newer(from, plugin.version()) && host.versions(pluginId).contains(from)) {
            throw Problems.invalid("version", "validation.plugin.version-older", plugin.version(), from);
        }
        usable(plugin);
        JsonObject settings = request == null ? null : request.settings();
        // Re-enabling without new settings keeps the ones saved before disabling.
        String given = settings != null ? settings.toString() : installation != null ? installation.getSettings() : null;
        String validSettings = validator.validated(plugin, given);
        PluginView before = installation == null ? null : view(running(newest, installation), installation);
        if (installation == null) {
            installation = new PluginInstallation(pluginId, plugin.version(), validSettings);
            installation.enable(plugin.version(), validSettings);
            db.em().persist(installation);
        } else {
            installation.enable(plugin.version(), validSettings);
        }
        db.em().flush();
        PluginView after = view(plugin, installation);
        audit.record("plugin.enabled", "plugin", installation.getId(), before, after);
        if (from != null && !from.equals(plugin.version())) {
            auditUpgrade(installation, from, plugin.version());
        }
        fields.register(plugin);
        ensureTables(plugin);
        long tenant = TenantContext.current().orElseThrow();
        forgetAfterCommit(() -> {
            jobs.stop(pluginId, tenant); // jobs of the version it ran before, if another
            jobs.register(pluginId, tenant);
            host.unloadUnused(pluginId);
        });
        return after;
    }

    /**
     * Moves the tenant's installation to a newer version (the newest when none is named), enabled or
     * not: its settings are checked against the new version's schema, its fields registered, its jobs
     * scheduled again by the new version; the old version is unloaded once no tenant uses it (ADR 0221).
     */
    @Transactional
    public PluginView upgrade(String pluginId, UpgradeRequest request) {
        HostedPlugin newest = plugin(pluginId);
        PluginInstallation installation = installation(pluginId)
                .orElseThrow(() -> Problems.notFound("problem.not-found.plugin-not-installed", pluginId));
        String from = installation.getPluginVersion();
        String wanted = request == null ? null : request.version();
        HostedPlugin target = wanted != null ? available(pluginId, wanted) : newest;
        if (!PluginVersions.newer(target.version(), from)) {
            throw Problems.conflict("problem.conflict.plugin-not-newer", pluginId, target.version(), from);
        }
        usable(target);
        JsonObject settings = request == null ? null : request.settings();
        String validSettings = validator.validated(target, settings != null ? settings.toString() : installation.getSettings());
        installation.upgrade(target.version(), validSettings);
        db.em().flush();
        PluginView after = view(target, installation);
        auditUpgrade(installation, from, target.version());
        long tenant = TenantContext.current().orElseThrow();
        if (installation.isEnabled()) {
            fields.register(target); // a newer version may declare new fields or choices
            ensureTables(target);
        }
        forgetAfterCommit(() -> {
            jobs.stop(pluginId, tenant);
            jobs.register(pluginId, tenant);
            host.unloadUnused(pluginId);
        });
        return after;
    }

    private void auditUpgrade(PluginInstallation installation, String from, String to) {
        audit.record("plugin.upgraded", "plugin", installation.getId(),
                Map.of("pluginId", installation.getPluginId(), "version", from),
                Map.of("pluginId", installation.getPluginId(), "version", to, "from", from, "to", to));
    }

    /** A version of the plugin this replica has (loaded, or a package it can load); a 400 on {@code version} otherwise. */
    private HostedPlugin available(String pluginId, String version) {
        return host.require(pluginId, version).orElseThrow(() -> Problems.invalid("version",
                "validation.plugin.version-unavailable", version, String.join(", ", host.versions(pluginId))));
    }

    /** Refuses a version whose migrations were refused or that cannot run on this host (409). */
    private void usable(HostedPlugin plugin) {
        migrations.rejection(plugin.id()).ifPresent(reason -> {
            throw Problems.conflict("problem.conflict.plugin-schema-refused", plugin.id(), reason);
        });
        if (!plugin.compatible() || !plugin.started()) {
            throw Problems.conflict("problem.conflict.plugin-incompatible", plugin.id(), plugin.requires());
        }
    }

    @Transactional
    public PluginView disable(String pluginId) {
        PluginInstallation installation = installation(pluginId)
                .orElseThrow(() -> Problems.notFound("problem.not-found.plugin-not-installed", pluginId));
        HostedPlugin plugin = running(plugin(pluginId), installation);
        PluginView before = view(plugin, installation);
        installation.disable();
        db.em().flush();
        PluginView after = view(plugin, installation);
        audit.record("plugin.disabled", "plugin", installation.getId(), before, after);
        fields.hide(pluginId);
        long tenant = TenantContext.current().orElseThrow();
        forgetAfterCommit(() -> {
            jobs.stop(pluginId, tenant);
            host.unloadUnused(pluginId);
        });
        return after;
    }

    @Transactional
    public PluginView changeSettings(String pluginId, SettingsRequest request, String ifMatch) {
        PluginInstallation installation = installation(pluginId)
                .orElseThrow(() -> Problems.notFound("problem.not-found.plugin-not-installed", pluginId));
        HostedPlugin plugin = running(plugin(pluginId), installation);
        io.tradewind.web.Etags.require(ifMatch, installation.getVersion());
        String validSettings = validator.validated(plugin, request.settings().toString());
        PluginView before = view(plugin, installation);
        installation.changeSettings(validSettings);
        db.em().flush();
        PluginView after = view(plugin, installation);
        audit.record("plugin.settings-changed", "plugin", installation.getId(), before, after);
        forgetAfterCommit(() -> { });
        return after;
    }

    /** What uninstalling would remove, for the admin to keep. */
    @Transactional
    public PluginExport export(String pluginId) {
        plugin(pluginId);
        PluginInstallation installation = installation(pluginId)
                .orElseThrow(() -> Problems.notFound("problem.not-found.plugin-not-installed", pluginId));
        return new PluginExport(pluginId, installation.getPluginVersion(), installation.isEnabled(),
                io.tradewind.persistence.JsonText.parse(installation.getSettings()), failures(pluginId),
                objects.all(pluginId), io.tradewind.persistence.Clock.now(),
                migrations.export(pluginId, TenantContext.current().orElseThrow()), fields.export(pluginId));
    }

    /** Removes a disabled plugin's installation, settings and failure log; the export is audited. */
    @Transactional
    public void uninstall(String pluginId) {
        PluginExport export = export(pluginId);
        if (export.enabled()) {
            throw Problems.conflict("problem.conflict.plugin-enabled", pluginId);
        }
        PluginInstallation installation = installation(pluginId).orElseThrow();
        db.em().createQuery("DELETE FROM PluginFailure f WHERE f.pluginId = :plugin")
                .setParameter("plugin", pluginId).executeUpdate();
        objects.removeAll(pluginId);
        fields.remove(pluginId);
        long tenant = TenantContext.current().orElseThrow();
        deleteTableRows(pluginId, tenant);
        db.em().remove(installation);
        audit.record("plugin.uninstalled", "plugin", installation.getId(), export, null);
        forgetAfterCommit(() -> {
            jobs.stop(pluginId, tenant);
            migrations.dropIfUnused(pluginId);
        });
    }

    /** The version of the tenant's installation (its ETag), if it has one. */
    @Transactional
    public Optional<Long> installationVersion(String pluginId) {
        return installation(pluginId).map(PluginInstallation::getVersion);
    }

    @Transactional
    public List<PluginFailureView> failures(String pluginId) {
        plugin(pluginId);
        return db.em().createQuery("SELECT f FROM PluginFailure f WHERE f.pluginId = :plugin ORDER BY f.occurredAt DESC, f.id DESC",
                        PluginFailure.class)
                .setParameter("plugin", pluginId).setMaxResults(MAX_FAILURES_LISTED)
                .getResultStream().map(PluginFailureView::of).toList();
    }

    /** The plugin if the current tenant has it on: otherwise a 404, as if it did not exist. */
    EnabledPlugin enabledOrNotFound(String pluginId) {
        return enablements.current().stream().filter(e -> e.plugin().id().equals(pluginId)).findFirst()
                .orElseThrow(() -> Problems.of(ProblemType.NOT_FOUND, "problem.not-found.plugin", pluginId));
    }

    /** A plugin of the catalog that the tenant's plan allows; any other is a 404, as if it did not exist. */
    private HostedPlugin plugin(String pluginId) {
        return host.find(pluginId)
                .filter(p -> PlanPlugins.allows(plans.allowed(TenantContext.current().orElseThrow()), p.id()))
                .orElseThrow(() -> Problems.of(ProblemType.NOT_FOUND, "problem.not-found.plugin", pluginId));
    }

    private Optional<PluginInstallation> installation(String pluginId) {
        return db.em().createQuery("SELECT i FROM PluginInstallation i WHERE i.pluginId = :plugin", PluginInstallation.class)
                .setParameter("plugin", pluginId).getResultStream().findFirst();
    }

    private List<PluginInstallation> installations() {
        return db.em().createQuery("SELECT i FROM PluginInstallation i", PluginInstallation.class).getResultList();
    }

    /** Plugin tables are dropped when the last tenant uninstalls: the next enabling creates them again. */
    private void ensureTables(HostedPlugin plugin) {
        host.path(plugin.id()).filter(p -> !migrations.migrated(plugin.id())).ifPresent(path -> {
            try {
                migrations.migrate(plugin.id(), path);
            } catch (io.tradewind.plugin.migration.PluginSchemaException e) {
                throw Problems.conflict("problem.conflict.plugin-schema-refused", plugin.id(), e.getMessage());
            }
        });
    }

    private void deleteTableRows(String pluginId, long tenant) {
        try {
            try (java.sql.Connection connection = transactionalData.getConnection()) {
                migrations.deleteTenantRows(connection, pluginId, tenant);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot remove the rows of plugin " + pluginId, e);
        }
    }

    /**
     * Forgets the tenant's cached enablements now and once more after the transaction ends (a call
     * in between may have cached the old state), then, if it committed, runs {@code work}, which
     * therefore sees the committed state.
     */
    private void forgetAfterCommit(Runnable work) {
        long tenant = TenantContext.current().orElseThrow();
        enablements.forget(tenant);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                enablements.forget(tenant);
                if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
                    try {
                        work.run();
                    } catch (RuntimeException e) {
                        java.util.logging.Logger.getLogger(PluginService.class.getName())
                                .log(java.util.logging.Level.WARNING, "After-commit work of a plugin change failed", e);
                    }
                }
            }
        });
    }
}
