package io.tradewind.plugin;

import io.tradewind.api.data.CustomObjectRecord;
import io.tradewind.persistence.Db;
import io.tradewind.persistence.JsonText;
import io.tradewind.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The store behind {@code PluginContext.customObjects()}: each plugin sees only its own records of
 * the tenant it is called for. Every method opens its own transaction (also when a trusted plugin
 * runs inline on a caller that has one, ADR 0215) and sets the tenant itself.
 */
@ApplicationScoped
public class PluginObjects {

    static final int MAX_PAGE = 500;

    @Inject
    Db db;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public CustomObjectRecord create(long tenantId, String pluginId, String objectName, Map<String, Object> values) {
        return TenantContext.callAs(tenantId, () -> {
            PluginObject object = new PluginObject(pluginId, objectName, JsonText.write(values));
            db.em().persist(object);
            db.em().flush();
            return record(object);
        });
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<CustomObjectRecord> find(long tenantId, String pluginId, String objectName, long id) {
        return TenantContext.callAs(tenantId, () -> load(pluginId, objectName, id).map(PluginObjects::record));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<CustomObjectRecord> list(long tenantId, String pluginId, String objectName, long afterId, int limit) {
        return TenantContext.callAs(tenantId, () -> db.em().createQuery("SELECT o FROM PluginObject o WHERE "
                                + "o.pluginId = :plugin AND o.objectName = :name AND o.id > :after ORDER BY o.id", PluginObject.class)
                .setParameter("plugin", pluginId).setParameter("name", objectName).setParameter("after", afterId)
                .setMaxResults(Math.max(1, Math.min(limit, MAX_PAGE)))
                .getResultStream().map(PluginObjects::record).toList());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<CustomObjectRecord> update(long tenantId, String pluginId, String objectName, long id,
                                               Map<String, Object> values) {
        return TenantContext.callAs(tenantId, () -> load(pluginId, objectName, id).map(object -> {
            object.setData(JsonText.write(values));
            db.em().flush();
            return record(object);
        }));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean delete(long tenantId, String pluginId, String objectName, long id) {
        return TenantContext.callAs(tenantId, () -> load(pluginId, objectName, id).map(object -> {
            db.em().remove(object);
            return true;
        }).orElse(false));
    }

    /** Every record of the plugin for the current tenant, for its export before uninstalling. */
    List<CustomObjectRecord> all(String pluginId) {
        return db.em().createQuery("SELECT o FROM PluginObject o WHERE o.pluginId = :plugin ORDER BY o.objectName, o.id",
                        PluginObject.class)
                .setParameter("plugin", pluginId).getResultStream().map(PluginObjects::record).toList();
    }

    /** Removes the plugin's records of the current tenant (uninstall). */
    void removeAll(String pluginId) {
        db.em().createQuery("DELETE FROM PluginObject o WHERE o.pluginId = :plugin")
                .setParameter("plugin", pluginId).executeUpdate();
    }

    private Optional<PluginObject> load(String pluginId, String objectName, long id) {
        return db.find(PluginObject.class, id)
                .filter(o -> o.getPluginId().equals(pluginId) && o.getObjectName().equals(objectName));
    }

    private static CustomObjectRecord record(PluginObject object) {
        Map<String, Object> values = SettingsJson.toMap(JsonText.parse(object.getData()).asJsonObject());
        return new CustomObjectRecord(object.getObjectName(), object.getId(), values, object.getCreatedAt(),
                object.getUpdatedAt());
    }
}
