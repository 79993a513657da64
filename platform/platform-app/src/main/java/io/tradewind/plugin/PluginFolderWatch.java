package io.tradewind.plugin;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Looks at the plugin folder every {@code TRADEWIND_PLUGIN_SCAN_SECONDS} (0: never) and hands a new
 * package, or a newer version of a running plugin, to {@link PluginHost#install}: dropping a jar in
 * the folder offers a new version without a restart. Each pass also unloads the versions no tenant
 * uses any more, so every replica follows tenants' upgrades made on another one.
 */
@ApplicationScoped
public class PluginFolderWatch {

    private static final Logger LOG = Logger.getLogger(PluginFolderWatch.class.getName());

    @Resource(lookup = "concurrent/tradewindScheduler")
    ManagedScheduledExecutorService scheduler;

    @Inject
    PluginHost host;

    @Inject
    @ConfigProperty(name = "TRADEWIND_PLUGIN_SCAN_SECONDS", defaultValue = "10")
    long scanSeconds;

    /** Packages already looked at, by path, with their modification time then. */
    private final Map<Path, Long> seen = new ConcurrentHashMap<>();
    private ScheduledFuture<?> task;

    void start(@Observes Startup startup) {
        if (scanSeconds > 0) {
            task = scheduler.scheduleWithFixedDelay(this::scan, scanSeconds, scanSeconds, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void scan() {
        Path root = host.root();
        if (root == null || !Files.isDirectory(root)) {
            return;
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(root)) {
            jars = files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot list the plugin folder " + root, e);
            return;
        }
        for (Path jar : jars) {
            if (!Files.exists(jar)) {
                continue; // replaced by a newer version earlier in this scan
            }
            try {
                long modified = Files.getLastModifiedTime(jar).toMillis();
                Long before = seen.put(jar, modified);
                if (before != null && before == modified) {
                    continue;
                }
                if (before == null && host.knows(jar)) {
                    continue; // seen at start
                }
                host.install(jar);
            } catch (RuntimeException | IOException e) {
                LOG.log(Level.WARNING, "Cannot install the plugin package " + jar, e);
            }
        }
        // Tenants may have left a version on another replica: unload what none of them uses any more (ADR 0221).
        host.unloadUnused();
    }
}
