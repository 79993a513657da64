package io.tradewind.plugin;

import io.tradewind.persistence.Clock;
import io.tradewind.persistence.TenantRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One failed call into a plugin for a tenant, shown to that tenant's admins. */
@Entity
@Table(name = "plugin_failure")
public class PluginFailure extends TenantRecord {

    /** How a call failed. */
    public enum Kind { ERROR, TIMEOUT, REJECTED, UPGRADE }

    private String pluginId;
    private String extensionPoint;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String detail;
    private Instant occurredAt;

    protected PluginFailure() {
    }

    PluginFailure(String pluginId, String extensionPoint, Kind kind, String detail) {
        this.pluginId = pluginId;
        this.extensionPoint = extensionPoint;
        this.kind = kind;
        this.detail = detail == null ? null : detail.substring(0, Math.min(detail.length(), 1000));
        this.occurredAt = Clock.now();
    }

    public String getPluginId() {
        return pluginId;
    }

    public String getExtensionPoint() {
        return extensionPoint;
    }

    public Kind getKind() {
        return kind;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
