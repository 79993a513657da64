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
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.HashSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import jakarta.annotation.Resource;
import java.util.stream.Stream;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * Loads plugin packages with PF4J and keeps, per plugin, every version that some tenant still uses
 * side by side, plus the newest one (ADR 0221). PF4J needs unique plugin ids per manager, so each
 * loaded version gets a {@link IsolatingPluginManager} of its own. Tenants choose their version
 * ({@code plugin_installation.plugin_version}); {@link Enablements} routes their calls to it. PF4J's
 * managers are not thread-safe: they are only touched here, under this object's lock.
 */
@ApplicationScoped
public class PluginHost {

    private static final Logger LOG = Logger.getLogger(PluginHost.class.getName());
    static final List<Class<?>> EXTENSION_POINTS = List.of(PipelineListener.class, LeadRouter.class, LeadScorer.class,
            CustomerGrader.class, Playbook.class, IncentiveScheme.class, ReportProvider.class, RestContribution.class,
            UiContribution.class, SettingsSchema.class, DataModel.class,
            io.tradewind.api.service.ScheduledWork.class);

    /** One loaded version: the plugin, the PF4J manager holding only it, and its package. */
    private record Loaded(HostedPlugin plugin, IsolatingPluginManager manager, Path path) {
    }

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

    @Resource(lookup = "jdbc/tradewindDirect")
    DataSource dataSource;

    private boolean running;
    /** Plugin id to its loaded versions, oldest first. Replaced as a whole under the lock, read without it. */
    private volatile Map<String, NavigableMap<String, Loaded>> loaded = Map.of();
    /** Plugin id to every version whose package this replica knows (plugin folder, marketplace cache). */
    private final Map<String, NavigableMap<String, Path>> packages = new TreeMap<>();
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

    /**
     * (Re)loads the plugin folder: every package there becomes a known version; of each plugin the
     * newest version is loaded, and every older one that a tenant has enabled.
     */
    public synchronized void reload() {
        stopAll();
        running = true;
        root = pluginsDir.map(Path::of).orElseGet(() -> dataDirectory.resolve("plugins"));
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot create the plugin folder " + root, e);
        }
        packages.clear();
        try (Stream<Path> files = Files.list(root)) {
            files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().forEach(jar -> {
                try {
                    PackageInfo info = PackageInfo.read(jar);
                    packages.computeIfAbsent(info.id(), id -> new TreeMap<>(PluginVersions.ORDER)).put(info.version(), jar);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Not a plugin package: " + jar, e);
                }
            });
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot list the plugin folder " + root, e);
        }
        Map<String, Set<String>> used;
        try {
            used = usedVersions();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot read the plugin versions tenants use: loading the newest only", e);
            used = Map.of();
        }
        for (Map.Entry<String, NavigableMap<String, Path>> plugin : packages.entrySet()) {
            Set<String> wanted = new HashSet<>(used.getOrDefault(plugin.getKey(), Set.of()));
            wanted.add(plugin.getValue().lastKey());
            for (String version : wanted) {
                Path jar = plugin.getValue().get(version);
                if (jar != null) {
                    loadVersion(jar);
                }
            }
        }
        enablements.forgetAll();
        LOG.info(() -> "Plugins: " + loadedPlugins().stream()
                .map(p -> p.id() + " " + p.version() + (p.started() ? "" : " (not started)")).toList());
        all().forEach(jobs::registerAll);
    }

    /**
     * Installs a plugin package: what a new jar in the plugin folder ({@link PluginFolderWatch}) sets
     * off. The package is copied into the plugin folder if it is elsewhere and becomes a version
     * tenants may choose. A version newer than every loaded one runs its migrations first while the
     * running versions keep serving (ADR 0209), is loaded beside them and is what tenants enabling
     * the plugin from now on get; tenants already on an older version stay there until their admin
     * upgrades (ADR 0221).
     *
     * @return the newest loaded version of the plugin after the install
     * @throws IllegalArgumentException when the file is not a plugin package
     */
    public synchronized HostedPlugin install(Path pluginPackage) {
        PackageInfo info = PackageInfo.read(pluginPackage);
        Optional<HostedPlugin> loadedNow = find(info.id(), info.version());
        if (loadedNow.isPresent()) {
            LOG.info(() -> "Plugin " + info.id() + " " + info.version() + " is already loaded");
            return find(info.id()).orElseThrow();
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
        return add(info, target);
    }

    /**
     * Makes a package a known version and, when it is newer than every loaded version, loads it
     * (migrations first); an older one is loaded only when a tenant asks for it.
     */
    private HostedPlugin add(PackageInfo info, Path target) {
        Optional<HostedPlugin> newest = find(info.id());
        if (newest.isPresent() && !PluginVersions.newer(info.version(), newest.get().version())) {
            packages.computeIfAbsent(info.id(), id -> new TreeMap<>(PluginVersions.ORDER)).put(info.version(), target);
            LOG.info(() -> "Plugin " + info.id() + " " + info.version() + " is older than " + newest.get().version()
                    + ": known, loaded when a tenant chooses it");
            return newest.get();
        }
        if (newest.isPresent() && newest.get().started() && upgradeMigrationsFailed(newest.get(), target)) {
            return newest.get();
        }
        packages.computeIfAbsent(info.id(), id -> new TreeMap<>(PluginVersions.ORDER)).put(info.version(), target);
        HostedPlugin hosted = loadVersion(target);
        enablements.forgetAll();
        LOG.info(() -> "Plugin " + hosted.id() + " " + hosted.version() + " loaded from " + target
                + newest.map(n -> " beside " + n.version()).orElse("") + (hosted.started() ? "" : " (not started)"));
        unloadUnused(hosted.id());
        return find(hosted.id()).orElse(hosted);
    }

    /** Loads, starts and migrates one package with a PF4J manager of its own; registers its tenants' jobs. */
    private HostedPlugin loadVersion(Path jar) {
        IsolatingPluginManager manager = new IsolatingPluginManager(root);
        String id = manager.loadPlugin(jar);
        manager.startPlugin(id);
        PluginWrapper wrapper = manager.getPlugin(id);
        migrateOrStop(manager, wrapper);
        HostedPlugin hosted = describe(manager, wrapper);
        Map<String, NavigableMap<String, Loaded>> now = copy(loaded);
        Loaded replaced = now.computeIfAbsent(id, k -> new TreeMap<>(PluginVersions.ORDER))
                .put(hosted.version(), new Loaded(hosted, manager, jar));
        loaded = freeze(now);
        if (replaced != null) {
            stop(replaced);
        }
        return hosted;
    }

    /**
     * Runs a newer package's migrations while the running versions still serve (ADR 0209). When they
     * fail, the running versions stay loaded for every tenant, the package is set aside as
     * {@code <name>.failed} and each tenant with the plugin enabled gets the failure in its log and audit.
     *
     * @return whether they failed (and the running version was kept)
     */
    private boolean upgradeMigrationsFailed(HostedPlugin running, Path target) {
        try {
            migrations.upgrade(running.id(), target);
            return false;
        } catch (io.tradewind.plugin.migration.PluginSchemaException e) {
            String version = PackageInfo.read(target).version();
            LOG.log(Level.SEVERE, "Plugin " + running.id() + " " + version + " was not installed, "
                    + running.version() + " keeps running: " + e.getMessage(), e);
            setAside(target);
            recordUpgradeFailure(running, version, e.reason());
            return true;
        }
    }

    /** Renames a failed package in the plugin folder to {@code <name>.failed}: PF4J and the folder watch skip it. */
    private void setAside(Path target) {
        if (root == null || !target.toAbsolutePath().getParent().equals(root.toAbsolutePath())) {
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
    private void migrateOrStop(IsolatingPluginManager manager, PluginWrapper wrapper) {
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

    /** Where the newest loaded version's package is. */
    public Optional<Path> path(String pluginId) {
        return Optional.ofNullable(loaded.get(pluginId)).map(versions -> versions.lastEntry().getValue().path());
    }

    /** Whether this package file is one this replica has loaded or knows as a version. */
    synchronized boolean knows(Path jar) {
        return packages.values().stream().anyMatch(versions -> versions.containsValue(jar));
    }

    private HostedPlugin describe(IsolatingPluginManager manager, PluginWrapper wrapper) {
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

    /** The catalog: the newest loaded version of each plugin. */
    public Collection<HostedPlugin> all() {
        return loaded.values().stream().map(versions -> versions.lastEntry().getValue().plugin()).toList();
    }

    /** Every loaded version of every plugin, by id then version. */
    public List<HostedPlugin> loadedPlugins() {
        return loaded.values().stream().flatMap(versions -> versions.values().stream()).map(Loaded::plugin).toList();
    }

    /** The newest loaded version of a plugin: what a tenant enabling it gets. */
    public Optional<HostedPlugin> find(String pluginId) {
        return Optional.ofNullable(loaded.get(pluginId)).map(versions -> versions.lastEntry().getValue().plugin());
    }

    /** One loaded version of a plugin. */
    public Optional<HostedPlugin> find(String pluginId, String version) {
        return Optional.ofNullable(loaded.get(pluginId)).map(versions -> versions.get(version)).map(Loaded::plugin);
    }

    /** One version of a plugin, loaded now from its known package if it is not loaded yet. */
    public synchronized Optional<HostedPlugin> require(String pluginId, String version) {
        Optional<HostedPlugin> found = find(pluginId, version);
        if (found.isPresent() || !running) {
            return found;
        }
        Path jar = Optional.ofNullable(packages.get(pluginId)).map(versions -> versions.get(version)).orElse(null);
        if (jar == null || !Files.exists(jar)) {
            return Optional.empty();
        }
        try {
            HostedPlugin hosted = loadVersion(jar);
            LOG.info(() -> "Plugin " + pluginId + " " + version + " loaded again from " + jar + " for its tenants");
            jobs.registerAll(hosted);
            return Optional.of(hosted);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot load plugin " + pluginId + " " + version + " from " + jar, e);
            return Optional.empty();
        }
    }

    /** The versions of a plugin a tenant may choose on this replica (known packages and loaded versions), oldest first. */
    public synchronized List<String> versions(String pluginId) {
        Set<String> versions = new java.util.TreeSet<>(PluginVersions.ORDER);
        Optional.ofNullable(packages.get(pluginId)).ifPresent(known -> versions.addAll(known.keySet()));
        Optional.ofNullable(loaded.get(pluginId)).ifPresent(now -> versions.addAll(now.keySet()));
        return List.copyOf(versions);
    }

    /**
     * Loads and starts one package from outside the plugin folder (the marketplace's cache) beside
     * the loaded versions of that plugin: a version newer than all of them runs its migrations first
     * and becomes the one new tenants get; an older one (a version tenants still use) is just loaded.
     *
     * @throws IllegalArgumentException when the package holds another plugin
     * @throws IllegalStateException when its migrations failed and the running version was kept
     */
    public synchronized void load(String pluginId, Path jar) {
        if (!running) {
            throw new IllegalStateException("The plugin host has not started");
        }
        PackageInfo info = PackageInfo.read(jar);
        if (!pluginId.equals(info.id())) {
            throw new IllegalArgumentException(jar + " holds plugin " + info.id() + ", not " + pluginId);
        }
        if (find(pluginId, info.version()).isPresent()) {
            return;
        }
        Optional<HostedPlugin> newest = find(pluginId);
        if (newest.isPresent() && !PluginVersions.newer(info.version(), newest.get().version())) {
            packages.computeIfAbsent(pluginId, id -> new TreeMap<>(PluginVersions.ORDER)).put(info.version(), jar);
            require(pluginId, info.version());
            return;
        }
        HostedPlugin now = add(info, jar);
        if (!now.version().equals(info.version())) {
            // Its migrations failed and the running version stayed (ADR 0209): the caller must not retry it as if loaded.
            throw new IllegalStateException("Plugin " + pluginId + " " + info.version() + " was not installed: its migrations failed; "
                    + now.version() + " keeps running");
        }
    }

    /** The loaded version of a plugin with the highest version number. */
    public Optional<String> version(String pluginId) {
        return find(pluginId).map(HostedPlugin::version);
    }

    /**
     * Unloads the versions of a plugin that no tenant has enabled any more, except the newest (ADR
     * 0221). The choices are read from the database, so every replica comes to the same set.
     *
     * @return the versions unloaded
     */
    public synchronized List<String> unloadUnused(String pluginId) {
        NavigableMap<String, Loaded> versions = loaded.get(pluginId);
        if (versions == null || versions.size() < 2) {
            return List.of();
        }
        Set<String> used = usedVersions().getOrDefault(pluginId, Set.of());
        String newest = versions.lastKey();
        List<String> unused = versions.keySet().stream().filter(v -> !v.equals(newest) && !used.contains(v)).toList();
        if (unused.isEmpty()) {
            return unused;
        }
        Map<String, NavigableMap<String, Loaded>> now = copy(loaded);
        List<Loaded> gone = new ArrayList<>();
        unused.forEach(version -> gone.add(now.get(pluginId).remove(version)));
        loaded = freeze(now);
        enablements.forgetAll(); // no cached list may point at an unloaded version
        gone.forEach(this::stop);
        LOG.info(() -> "Plugin " + pluginId + ": unloaded " + unused + ", no tenant uses them");
        return unused;
    }

    /** {@link #unloadUnused(String)} for every plugin: the folder watch calls it, so other replicas follow. */
    public void unloadUnused() {
        for (String pluginId : List.copyOf(loaded.keySet())) {
            try {
                unloadUnused(pluginId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Cannot unload unused versions of plugin " + pluginId, e);
            }
        }
    }

    /** Stops and unloads every version of one plugin, if loaded. */
    public synchronized void unload(String pluginId) {
        Map<String, NavigableMap<String, Loaded>> now = copy(loaded);
        NavigableMap<String, Loaded> gone = now.remove(pluginId);
        loaded = freeze(now);
        enablements.forgetAll();
        if (gone != null) {
            jobs.stopAll(pluginId);
            gone.values().forEach(this::stop);
        }
    }

    /** Per plugin id, the versions enabled tenants have chosen (all tenants, from the database). */
    private Map<String, Set<String>> usedVersions() {
        Map<String, Set<String>> used = new TreeMap<>();
        if (dataSource == null) {
            return used;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT DISTINCT plugin_id, plugin_version FROM plugin_installation WHERE enabled = TRUE");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                used.computeIfAbsent(rows.getString(1), id -> new HashSet<>()).add(rows.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the plugin versions tenants use", e);
        }
        return used;
    }

    private void stop(Loaded version) {
        String id = version.plugin().id();
        try {
            version.manager().stopPlugin(id);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Stopping plugin " + id + " " + version.plugin().version() + " failed", e);
        }
        try {
            version.manager().unloadPlugin(id);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Unloading plugin " + id + " " + version.plugin().version() + " failed", e);
        }
    }

    private static Map<String, NavigableMap<String, Loaded>> copy(Map<String, NavigableMap<String, Loaded>> from) {
        Map<String, NavigableMap<String, Loaded>> copy = new TreeMap<>();
        from.forEach((id, versions) -> {
            NavigableMap<String, Loaded> inner = new TreeMap<>(PluginVersions.ORDER);
            inner.putAll(versions);
            copy.put(id, inner);
        });
        return copy;
    }

    private static Map<String, NavigableMap<String, Loaded>> freeze(Map<String, NavigableMap<String, Loaded>> map) {
        Map<String, NavigableMap<String, Loaded>> frozen = new TreeMap<>();
        map.forEach((id, versions) -> {
            if (!versions.isEmpty()) {
                frozen.put(id, java.util.Collections.unmodifiableNavigableMap(versions));
            }
        });
        return java.util.Collections.unmodifiableMap(frozen);
    }

    @PreDestroy
    synchronized void stopAll() {
        for (NavigableMap<String, Loaded> versions : loaded.values()) {
            versions.values().forEach(this::stop);
        }
        loaded = Map.of();
        running = false;
    }
}
