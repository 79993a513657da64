package io.tradewind.plugin;

import io.tradewind.api.customer.CustomerGrader;
import io.tradewind.api.data.DataModel;
import io.tradewind.api.event.PipelineListener;
import io.tradewind.api.incentive.IncentiveScheme;
import io.tradewind.api.lead.LeadRouter;
import io.tradewind.api.lead.LeadScorer;
import io.tradewind.api.playbook.Playbook;
import io.tradewind.api.report.ReportProvider;
import io.tradewind.api.settings.SettingsSchema;
import io.tradewind.api.web.RestContribution;
import io.tradewind.api.web.UiContribution;
import io.tradewind.platform.DataDirectory;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * Loads the plugin packages in the plugin folder with PF4J, starts the compatible ones and keeps
 * their extensions. PF4J's manager is not thread-safe: it is only touched here, under this lock.
 */
@ApplicationScoped
public class PluginHost {

    private static final Logger LOG = Logger.getLogger(PluginHost.class.getName());
    static final List<Class<?>> EXTENSION_POINTS = List.of(PipelineListener.class, LeadRouter.class, LeadScorer.class,
            CustomerGrader.class, Playbook.class, IncentiveScheme.class, ReportProvider.class, RestContribution.class,
            UiContribution.class, SettingsSchema.class, DataModel.class,
            io.tradewind.api.service.ScheduledWork.class);

    @Inject
    @ConfigProperty(name = "TRADEWIND_PLUGINS_DIR")
    Optional<String> pluginsDir;

    @Inject
    DataDirectory dataDirectory;

    @Inject
    io.tradewind.plugin.migration.PluginMigrations migrations;

    @Inject
    PluginJobs jobs;

    @Inject
    Enablements enablements;

    @Inject
    FailureRecorder failures;

    @Inject
    PluginFields fields;

    private IsolatingPluginManager manager;
    private volatile Map<String, HostedPlugin> plugins = Map.of();
    private volatile Map<String, Path> paths = Map.of();
    private Path root;

    void start(@Observes Startup startup) {
        reload();
        installBundled();
    }

    /**
     * Installs the first-party plugins shipped inside the application (listed in
     * {@code bundled-plugins/index.txt}) unless the plugin folder already runs the same or a newer
     * version, so every deployment offers them without copying files (ADR 0207).
     */
    private void installBundled() {
        for (String name : BundledPlugins.names()) {
            try {
                Path copy = BundledPlugins.extract(name);
                try {
                    install(copy);
                } finally {
                    Files.deleteIfExists(copy);
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.SEVERE, "Cannot install the bundled plugin " + name, e);
            }
        }
    }

    /** (Re)loads every package in the plugin folder. */
    public synchronized void reload() {
        stopAll();
        root = pluginsDir.map(Path::of).orElseGet(() -> dataDirectory.resolve("plugins"));
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot create the plugin folder " + root, e);
        }
        manager = new IsolatingPluginManager(root);
        manager.loadPlugins();
        manager.startPlugins();
        Map<String, HostedPlugin> loaded = new TreeMap<>();
        Map<String, Path> loadedPaths = new TreeMap<>();
        for (PluginWrapper wrapper : manager.getPlugins()) {
            migrateOrStop(wrapper);
            loaded.put(wrapper.getPluginId(), describe(wrapper));
            loadedPaths.put(wrapper.getPluginId(), wrapper.getPluginPath());
        }
        plugins = Map.copyOf(loaded);
        paths = Map.copyOf(loadedPaths);
        enablements.forgetAll();
        LOG.info(() -> "Plugins: " + plugins.values().stream()
                .map(p -> p.id() + " " + p.version() + (p.started() ? "" : " (not started)")).toList());
        plugins.values().forEach(jobs::registerAll);
    }

    /**
     * Installs a plugin package, or upgrades the running plugin of the same id to it: what a new jar
     * in the plugin folder ({@link PluginFolderWatch}) sets off. The package is copied into the plugin folder if it is elsewhere; an older
     * version's package there is deleted (PF4J cannot load two packages of one id). The new version's
     * migrations run before it starts (ADR 0203); then its jobs are registered again.
     *
     * @return the plugin as now loaded; the running one, unchanged, when the package is not newer
     * @throws IllegalArgumentException when the file is not a plugin package
     */
    public synchronized HostedPlugin install(Path pluginPackage) {
        PackageInfo info = PackageInfo.read(pluginPackage);
        HostedPlugin running = plugins.get(info.id());
        if (running != null && manager.getVersionManager().compareVersions(info.version(), running.version()) <= 0) {
            LOG.info(() -> "Plugin " + info.id() + " " + info.version() + " is not newer than " + running.version()
                    + ": kept " + running.version());
            return running;
        }
        Path target = pluginPackage;
        try {
            if (!pluginPackage.toAbsolutePath().getParent().equals(root.toAbsolutePath())) {
                target = root.resolve(info.id() + "-" + info.version() + ".jar");
                Files.copy(pluginPackage, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot copy " + pluginPackage + " into the plugin folder", e);
        }
        return replace(info.id(), target);
    }

    /**
     * Stops and unloads the running plugin of that id (its jobs too), deletes its replaced package,
     * then loads, migrates and starts {@code target} and registers its jobs.
     */
    private HostedPlugin replace(String pluginId, Path target) {
        HostedPlugin running = plugins.get(pluginId);
        Path old = paths.get(pluginId);
        if (running != null && running.started() && upgradeMigrationsFailed(running, target, old)) {
            return running;
        }
        if (manager.getPlugin(pluginId) != null) {
            jobs.stopAll(pluginId);
            manager.stopPlugin(pluginId);
            manager.unloadPlugin(pluginId);
            if (old != null && !old.equals(target)) {
                try {
                    Files.deleteIfExists(old);
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "Cannot delete the replaced package " + old, e);
                }
            }
        }
        String id = manager.loadPlugin(target);
        manager.startPlugin(id);
        PluginWrapper wrapper = manager.getPlugin(id);
        migrateOrStop(wrapper);
        HostedPlugin hosted = describe(wrapper);
        Map<String, HostedPlugin> now = new TreeMap<>(plugins);
        now.put(id, hosted);
        Map<String, Path> nowPaths = new TreeMap<>(paths);
        nowPaths.put(id, target);
        plugins = Map.copyOf(now);
        paths = Map.copyOf(nowPaths);
        enablements.forgetAll(); // tenants' cached lists still point at the replaced plugin
        LOG.info(() -> "Plugin " + id + " " + hosted.version() + " loaded from " + target
                + (running == null ? "" : ", replacing " + running.version()) + (hosted.started() ? "" : " (not started)"));
        jobs.registerAll(hosted);
        if (running != null && hosted.started()) {
            fields.registerEverywhere(hosted); // a newer version may declare new fields
        }
        return hosted;
    }

    /**
     * Runs a newer package's migrations while the running version still serves (ADR 0209). When they
     * fail, the running version stays loaded for every tenant, the package is set aside as
     * {@code <name>.failed} and each tenant with the plugin enabled gets the failure in its log and audit.
     *
     * @return whether they failed (and the running version was kept)
     */
    private boolean upgradeMigrationsFailed(HostedPlugin running, Path target, Path old) {
        try {
            migrations.upgrade(running.id(), target);
            return false;
        } catch (io.tradewind.plugin.migration.PluginSchemaException e) {
            String version = PackageInfo.read(target).version();
            LOG.log(Level.SEVERE, "Plugin " + running.id() + " " + version + " was not installed, "
                    + running.version() + " keeps running: " + e.getMessage(), e);
            setAside(target, old);
            recordUpgradeFailure(running, version, e.reason());
            return true;
        }
    }

    /** Renames a failed package in the plugin folder to {@code <name>.failed}: PF4J and the folder watch skip it. */
    private void setAside(Path target, Path old) {
        if (target.equals(old) || root == null || !target.toAbsolutePath().getParent().equals(root.toAbsolutePath())) {
            return;
        }
        try {
            Files.move(target, target.resolveSibling(target.getFileName() + ".failed"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot set aside the failed package " + target, e);
        }
    }

    private void recordUpgradeFailure(HostedPlugin running, String failedVersion, String reason) {
        for (long tenant : jobs.tenantsWith(running.id())) {
            try {
                io.tradewind.tenancy.TenantContext.runAs(tenant,
                        () -> failures.upgradeFailed(running.id(), running.version(), failedVersion, reason));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Cannot record the failed upgrade for tenant " + tenant, e);
            }
        }
    }

    /** Runs the plugin's migrations; a plugin whose migrations are refused or fail is stopped. */
    private void migrateOrStop(PluginWrapper wrapper) {
        if (wrapper.getPluginState() != PluginState.STARTED) {
            return;
        }
        try {
            migrations.migrate(wrapper.getPluginId(), wrapper.getPluginPath());
        } catch (io.tradewind.plugin.migration.PluginSchemaException e) {
            LOG.log(Level.SEVERE, e.getMessage(), e);
            manager.stopPlugin(wrapper.getPluginId());
        }
    }

    /** The folder plugin packages are loaded from. */
    public Path root() {
        return root;
    }

    /** Where the running plugin's package is. */
    public Optional<Path> path(String pluginId) {
        return Optional.ofNullable(paths.get(pluginId));
    }

    private HostedPlugin describe(PluginWrapper wrapper) {
        PluginDescriptor descriptor = wrapper.getDescriptor();
        boolean compatible = manager.getVersionManager()
                .checkVersionConstraint(manager.getSystemVersion(), descriptor.getRequires());
        boolean started = wrapper.getPluginState() == PluginState.STARTED;
        Map<Class<?>, List<Object>> extensions = new LinkedHashMap<>();
        SettingsSchema schema = null;
        if (started) {
            for (Class<?> point : EXTENSION_POINTS) {
                List<?> found = manager.getExtensions(point, wrapper.getPluginId());
                if (!found.isEmpty()) {
                    extensions.put(point, List.copyOf(found));
                }
            }
            List<?> schemas = extensions.getOrDefault(SettingsSchema.class, List.of());
            schema = schemas.isEmpty() ? null : (SettingsSchema) schemas.get(0);
        }
        return new HostedPlugin(wrapper.getPluginId(), descriptor.getVersion(), descriptor.getPluginDescription(),
                descriptor.getProvider(), descriptor.getRequires(), compatible, started, wrapper.getPluginClassLoader(),
                Map.copyOf(extensions), schema);
    }

    public Collection<HostedPlugin> all() {
        return plugins.values();
    }

    public Optional<HostedPlugin> find(String pluginId) {
        return Optional.ofNullable(plugins.get(pluginId));
    }

    /**
     * Loads and starts one package from outside the plugin folder (the marketplace's cache), replacing
     * a loaded plugin with the same id the way {@link #install} does: migrations, then jobs.
     *
     * @throws IllegalArgumentException when the package holds another plugin
     * @throws IllegalStateException when its migrations failed and the running version was kept
     */
    public synchronized void load(String pluginId, Path jar) {
        if (manager == null) {
            throw new IllegalStateException("The plugin host has not started");
        }
        PackageInfo info = PackageInfo.read(jar);
        if (!pluginId.equals(info.id())) {
            throw new IllegalArgumentException(jar + " holds plugin " + info.id() + ", not " + pluginId);
        }
        HostedPlugin now = replace(pluginId, jar);
        if (!now.version().equals(info.version())) {
            // Its migrations failed and the running version stayed (ADR 0209): the caller must not retry it as if loaded.
            throw new IllegalStateException("Plugin " + pluginId + " " + info.version() + " was not installed: its migrations failed; "
                    + now.version() + " keeps running");
        }
    }

    /** Stops and unloads one plugin, if loaded. */
    public synchronized void unload(String pluginId) {
        if (manager != null && manager.getPlugin(pluginId) != null) {
            jobs.stopAll(pluginId);
            try {
                manager.stopPlugin(pluginId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Stopping plugin " + pluginId + " failed", e);
            }
            manager.unloadPlugin(pluginId);
        }
        Map<String, HostedPlugin> next = new TreeMap<>(plugins);
        if (next.remove(pluginId) != null) {
            plugins = Map.copyOf(next);
        }
        Map<String, Path> nextPaths = new TreeMap<>(paths);
        if (nextPaths.remove(pluginId) != null) {
            paths = Map.copyOf(nextPaths);
        }
        enablements.forgetAll();
    }

    /** The version of a loaded plugin. */
    public Optional<String> version(String pluginId) {
        return find(pluginId).map(HostedPlugin::version);
    }

    @PreDestroy
    synchronized void stopAll() {
        if (manager == null) {
            return;
        }
        // PF4J's stopPlugins() fails with a ConcurrentModificationException (pf4j issue 656).
        for (PluginWrapper wrapper : new ArrayList<>(manager.getStartedPlugins())) {
            try {
                manager.stopPlugin(wrapper.getPluginId());
                manager.unloadPlugin(wrapper.getPluginId());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Stopping plugin " + wrapper.getPluginId() + " failed", e);
            }
        }
        manager = null;
    }
}
