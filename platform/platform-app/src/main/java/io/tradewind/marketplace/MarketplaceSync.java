package io.tradewind.marketplace;

import io.tradewind.platform.DataDirectory;
import io.tradewind.plugin.PluginHost;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes every replica run the newest approved version of each marketplace plugin, and every older
 * approved version that a tenant still uses (ADR 0211, 0221), without a restart. Each replica polls
 * {@code marketplace_version} every TRADEWIND_MARKETPLACE_POLL_MILLIS, compares those versions with
 * what its own {@link PluginHost} has loaded, and for one missing fetches the package from the database
 * into its local cache, checks the SHA-256 recorded at upload and loads it beside the others.
 * Replicas only read shared state, so no lock is needed: an approval is just a row update, and every
 * replica, the approving one included, picks it up the same way.
 */
@ApplicationScoped
public class MarketplaceSync {

    private static final Logger LOG = Logger.getLogger(MarketplaceSync.class.getName());

    /** The newest approved version of a plugin. */
    record Approved(long versionId, String pluginId, String version, String sha256) {
    }

    @Resource(lookup = "concurrent/tradewindScheduler")
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = "jdbc/tradewindDirect")
    DataSource dataSource;

    @Inject
    Binaries binaries;

    @Inject
    PluginHost host;

    @Inject
    @ConfigProperty(name = "TRADEWIND_MARKETPLACE_POLL_MILLIS", defaultValue = "5000")
    long pollMillis;

    @Inject
    DataDirectory dataDirectory;

    /** Versions whose package failed its checksum or would not load, by plugin@version: not retried. */
    private final Map<String, Long> failed = new HashMap<>();
    private ScheduledFuture<?> task;

    // After PluginHost (default priority), which loads the plugin folder at start.
    void start(@Observes @Priority(3000) Startup startup) {
        task = scheduler.scheduleWithFixedDelay(this::sync, 0, pollMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** One pass; synchronized because a slow load must not overlap the next pass. */
    synchronized void sync() {
        try {
            for (Approved approved : wanted()) {
                boolean loaded = host.find(approved.pluginId(), approved.version()).isPresent();
                if (!loaded && !failed.containsValue(approved.versionId())) {
                    install(approved);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Marketplace sync failed", e);
        }
    }

    /** Fetches, verifies and loads one version; the only place marketplace packages reach the host. */
    void install(Approved approved) {
        Path cache = cacheDir();
        Path target = cache.resolve(approved.pluginId() + "-" + approved.version() + ".jar");
        Path partial = cache.resolve(approved.pluginId() + "-" + approved.version() + ".part");
        try {
            Files.createDirectories(cache);
            MessageDigest digest = SigningKeys.sha256();
            boolean found;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(partial), digest)) {
                found = binaries.copy(approved.versionId(), out);
            }
            if (!found) {
                // Not written yet (or not visible yet): tried again on the next pass.
                Files.deleteIfExists(partial);
                LOG.warning(() -> "Marketplace package " + approved.pluginId() + " " + approved.version() + " is missing");
                return;
            }
            String actual = HexFormat.of().formatHex(digest.digest());
            if (!actual.equals(approved.sha256())) {
                Files.deleteIfExists(partial);
                failed.put(approved.pluginId() + "@" + approved.version(), approved.versionId());
                LOG.severe(() -> "Marketplace package " + approved.pluginId() + " " + approved.version() + " has SHA-256 "
                        + actual + ", not the " + approved.sha256() + " approved: not loaded");
                return;
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            host.load(approved.pluginId(), target); // beside the versions tenants still use (ADR 0221)
            failed.values().remove(approved.versionId());
        } catch (IOException | RuntimeException e) {
            failed.put(approved.pluginId() + "@" + approved.version(), approved.versionId());
            LOG.log(Level.SEVERE, "Cannot load marketplace plugin " + approved.pluginId() + " " + approved.version(), e);
        }
    }

    /**
     * The approved versions this replica must run: each plugin's newest (what new tenants get) and,
     * oldest first, every older one that an enabled tenant still uses (ADR 0221).
     */
    java.util.List<Approved> wanted() {
        java.util.Set<String> used = new java.util.HashSet<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT DISTINCT plugin_id, plugin_version FROM plugin_installation WHERE enabled = TRUE");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                used.add(rows.getString(1) + "@" + rows.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the plugin versions tenants use", e);
        }
        Map<String, Approved> newest = newestApproved();
        java.util.List<Approved> wanted = new java.util.ArrayList<>(newest.values());
        for (Approved approved : approved()) {
            if (used.contains(approved.pluginId() + "@" + approved.version()) && !wanted.contains(approved)) {
                wanted.add(0, approved);
            }
        }
        return wanted;
    }

    /** Per plugin, its approved version with the highest version number. */
    Map<String, Approved> newestApproved() {
        Map<String, Approved> newest = new HashMap<>();
        for (Approved approved : approved()) {
            newest.merge(approved.pluginId(), approved,
                    (a, b) -> PackageInspector.compare(a.version(), b.version()) >= 0 ? a : b);
        }
        return newest;
    }

    private java.util.List<Approved> approved() {
        java.util.List<Approved> all = new java.util.ArrayList<>();
        Map<String, Approved> newest = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT id, plugin_id, plugin_version, sha256 "
                     + "FROM marketplace_version WHERE status = 'APPROVED'");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                all.add(new Approved(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read approved marketplace versions", e);
        }
        return all;
    }

    private Path cacheDir() {
        return dataDirectory.resolve("marketplace-cache");
    }
}
