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
            UiContribution.class, SettingsSchema.class, DataModel.class);

    @Inject
    @ConfigProperty(name = "TRADEWIND_PLUGINS_DIR")
    Optional<String> pluginsDir;

    @Inject
    @ConfigProperty(name = "TRADEWIND_DATA_DIR")
    Optional<String> dataDir;

    private IsolatingPluginManager manager;
    private volatile Map<String, HostedPlugin> plugins = Map.of();

    void start(@Observes Startup startup) {
        reload();
    }

    /** (Re)loads every package in the plugin folder. */
    public synchronized void reload() {
        stopAll();
        Path root = pluginsDir.map(Path::of).orElseGet(() ->
                dataDir.map(Path::of).orElse(Path.of(System.getProperty("user.home"), ".tradewind")).resolve("plugins"));
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot create the plugin folder " + root, e);
        }
        manager = new IsolatingPluginManager(root);
        manager.loadPlugins();
        manager.startPlugins();
        Map<String, HostedPlugin> loaded = new TreeMap<>();
        for (PluginWrapper wrapper : manager.getPlugins()) {
            loaded.put(wrapper.getPluginId(), describe(wrapper));
        }
        plugins = Map.copyOf(loaded);
        LOG.info(() -> "Plugins: " + plugins.values().stream()
                .map(p -> p.id() + " " + p.version() + (p.started() ? "" : " (not started)")).toList());
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
     * Loads and starts one package from outside the plugin folder (the marketplace's cache), after
     * stopping and unloading a loaded plugin with the same id, so a newer version replaces it.
     */
    public synchronized void load(String pluginId, Path jar) {
        if (manager == null) {
            throw new IllegalStateException("The plugin host has not started");
        }
        unload(pluginId);
        String loaded = manager.loadPlugin(jar);
        if (!pluginId.equals(loaded)) {
            manager.unloadPlugin(loaded);
            throw new IllegalArgumentException(jar + " holds plugin " + loaded + ", not " + pluginId);
        }
        manager.startPlugin(loaded);
        Map<String, HostedPlugin> next = new TreeMap<>(plugins);
        next.put(loaded, describe(manager.getPlugin(loaded)));
        plugins = Map.copyOf(next);
        LOG.info(() -> "Loaded plugin " + loaded + " " + plugins.get(loaded).version() + " from " + jar);
    }

    /** Stops and unloads one plugin, if loaded. */
    public synchronized void unload(String pluginId) {
        if (manager != null && manager.getPlugin(pluginId) != null) {
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
