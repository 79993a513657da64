package io.tradewind.marketplace;

import io.tradewind.persistence.Clock;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.Instant;

/** Which vendor owns a plugin id: the vendor whose upload used it first. */
@Entity
@Table(name = "marketplace_plugin")
public class PluginClaim {

    @Id
    private String pluginId;
    private long vendorId;
    private Instant createdAt;

    protected PluginClaim() {
    }

    PluginClaim(String pluginId, long vendorId) {
        this.pluginId = pluginId;
        this.vendorId = vendorId;
    }

    @PrePersist
    void beforeInsert() {
        createdAt = Clock.now();
    }

    public String getPluginId() {
        return pluginId;
    }

    public long getVendorId() {
        return vendorId;
    }
}
