package io.tradewind.api.data;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Declares the custom fields a plugin adds to core records and the custom objects it keeps. The
 * declarations join the tenant's own custom fields (same metadata, shown to the tenant admin) when
 * the plugin is enabled.
 *
 * <p>A plugin that needs real tables instead ships SQL migrations in its package under
 * {@code db/plugin/V<n>__<description>.sql}: every table name starts with
 * {@code p_<pluginId>_} (dashes become underscores) and every table's primary key and indexes lead
 * with {@code tenant_id}. The host runs them on install and upgrade.
 */
public interface DataModel extends ExtensionPoint {

    /**
     * Custom fields on core records.
     *
     * @return the field declarations
     */
    default List<CustomFieldDefinition> customFields() {
        return List.of();
    }

    /**
     * Custom fields on core records (leads, customers, contacts, opportunities), registered with the
     * tenant's own custom fields when the tenant enables the plugin, and again after an upgrade (new
     * fields join). Tenant admins see them but cannot delete them or change their choices. Since API
     * 1.2.0; older hosts ignore them.
     *
     * @return the field declarations
     */
    default List<RecordField> recordFields() {
        return List.of();
    }

    /**
     * Custom objects the plugin stores through {@link CustomObjects}.
     *
     * @return the object declarations
     */
    default List<CustomObjectDefinition> customObjects() {
        return List.of();
    }
}
