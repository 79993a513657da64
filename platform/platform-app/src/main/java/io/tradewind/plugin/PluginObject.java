package io.tradewind.plugin;

import io.tradewind.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One record of a plugin's custom object for a tenant; its values are a JSON document. */
@Entity
@Table(name = "plugin_object")
public class PluginObject extends TenantEntity {

    private String pluginId;
    private String objectName;
    private String data;

    protected PluginObject() {
    }

    PluginObject(String pluginId, String objectName, String data) {
        this.pluginId = pluginId;
        this.objectName = objectName;
        this.data = data;
    }

    public String getPluginId() {
        return pluginId;
    }

    public String getObjectName() {
        return objectName;
    }

    public String getData() {
        return data;
    }

    void setData(String data) {
        this.data = data;
    }
}
