package io.tradewind.plugin;

import io.tradewind.persistence.Clock;
import io.tradewind.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A tenant's installation of a plugin: its version, whether it is on, its settings, its health. */
@Entity
@Table(name = "plugin_installation")
public class PluginInstallation extends TenantEntity {

    private String pluginId;
    private String pluginVersion;
    private boolean enabled;
    private String settings;
    private boolean suspended;
    private int consecutiveFailures;
    private Instant lastFailureAt;

    protected PluginInstallation() {
    }

    PluginInstallation(String pluginId, String pluginVersion, String settings) {
        this.pluginId = pluginId;
        this.pluginVersion = pluginVersion;
        this.settings = settings;
    }

    void enable(String version, String newSettings) {
        pluginVersion = version;
        settings = newSettings;
        enabled = true;
        suspended = false;
        consecutiveFailures = 0;
    }

    /** Moves to another version, on or off as it was; a suspension is lifted (the new version gets its chance). */
    void upgrade(String version, String newSettings) {
        pluginVersion = version;
        settings = newSettings;
        suspended = false;
        consecutiveFailures = 0;
    }

    void disable() {
        enabled = false;
    }

    void changeSettings(String newSettings) {
        settings = newSettings;
    }

    /** Counts a failure; returns whether this one suspended the plugin. */
    boolean failed(int maxConsecutive) {
        consecutiveFailures++;
        lastFailureAt = Clock.now();
        if (!suspended && consecutiveFailures >= maxConsecutive) {
            suspended = true;
            return true;
        }
        return false;
    }

    void succeeded() {
        consecutiveFailures = 0;
    }

    public String getPluginId() {
        return pluginId;
    }

    public String getPluginVersion() {
        return pluginVersion;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getSettings() {
        return settings;
    }

    public boolean isSuspended() {
        return suspended;
    }

    public int getConsecutiveFailures() {
        return consecutiveFailures;
    }

    public Instant getLastFailureAt() {
        return lastFailureAt;
    }
}
