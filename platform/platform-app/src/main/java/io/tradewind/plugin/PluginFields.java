package io.tradewind.plugin;

import io.tradewind.api.data.DataModel;
import io.tradewind.api.data.RecordField;
import io.tradewind.customfield.ChoiceOption;
import io.tradewind.customfield.CustomFieldRequest;
import io.tradewind.customfield.OwnedFieldExport;
import io.tradewind.customfield.OwnedFields;
import io.tradewind.tenancy.TenantContext;
import io.tradewind.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The custom fields plugins declare on core records ({@link DataModel#recordFields()}, ADR 0208),
 * kept in the tenant's custom-field metadata with {@code source = plugin:<id>}: registered on enable
 * and after an upgrade, hidden on disable, exported and removed on uninstall. Labels come from the
 * plugin's messages ({@code field.<key>}, {@code field.<key>.<choice>}).
 */
@ApplicationScoped
public class PluginFields {

    private static final Logger LOG = Logger.getLogger(PluginFields.class.getName());
    private static final int LABEL_MAX = 100;

    @Inject
    OwnedFields fields;

    @Inject
    PluginResources resources;

    @Inject
    PluginJobs jobs;

    @Inject
    FailureRecorder failures;

    static String source(String pluginId) {
        return "plugin:" + pluginId;
    }

    /** Registers the plugin's fields in the current tenant; a collision or a bad declaration is a 409. */
    void register(HostedPlugin plugin) {
        fields.register(source(plugin.id()), requests(plugin));
    }

    /**
     * After an upgrade: registers the new version's fields in every tenant that has the plugin
     * enabled. A tenant where that fails (a collision) gets it in the plugin's failure log.
     */
    void registerEverywhere(HostedPlugin plugin) {
        for (long tenant : jobs.tenantsWith(plugin.id())) {
            try {
                TenantContext.runAs(tenant, () -> register(plugin));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Cannot register the fields of plugin " + plugin.id() + " for tenant " + tenant, e);
                TenantContext.runAs(tenant, () -> failures.failed(tenant, plugin.id(), "DataModel",
                        PluginFailure.Kind.REJECTED, e.getMessage()));
            }
        }
    }

    void hide(String pluginId) {
        fields.deactivate(source(pluginId));
    }

    List<OwnedFieldExport> export(String pluginId) {
        return fields.export(source(pluginId));
    }

    void remove(String pluginId) {
        fields.remove(source(pluginId));
    }

    private List<CustomFieldRequest> requests(HostedPlugin plugin) {
        List<CustomFieldRequest> requests = new ArrayList<>();
        for (DataModel model : plugin.extensions(DataModel.class)) {
            List<RecordField> declared;
            try {
                declared = model.recordFields();
            } catch (RuntimeException | LinkageError e) {
                throw Problems.conflict("customfields.problem.declaration-invalid", source(plugin.id()), "*",
                        e.getClass().getSimpleName());
            }
            for (RecordField field : declared) {
                requests.add(request(plugin, field));
            }
        }
        return requests;
    }

    private CustomFieldRequest request(HostedPlugin plugin, RecordField field) {
        String type = switch (field.type()) {
            case TEXT -> "text";
            case NUMBER -> "number";
            case DATE -> "date";
            case CHOICE -> "choice";
            case REFERENCE -> "lookup";
            case BOOLEAN -> "boolean"; // refused: records take a choice instead
        };
        String prefix = "field." + field.key();
        List<ChoiceOption> options = field.type() == io.tradewind.api.data.FieldType.CHOICE
                ? field.choices().stream().map(choice -> new ChoiceOption(choice,
                        label(plugin, prefix + "." + choice, Locale.ENGLISH, choice),
                        label(plugin, prefix + "." + choice, Locale.SIMPLIFIED_CHINESE, choice))).toList()
                : null;
        return new CustomFieldRequest(field.recordType(), field.key(), type, false,
                label(plugin, prefix, Locale.ENGLISH, field.key()), label(plugin, prefix, Locale.SIMPLIFIED_CHINESE, field.key()),
                field.required(), null, options, field.lookupTarget());
    }

    private String label(HostedPlugin plugin, String key, Locale locale, String fallback) {
        String text = resources.message(plugin, "i18n/messages", key, locale);
        String label = text == null || text.equals(key) ? fallback : text.strip();
        return label.length() > LABEL_MAX ? label.substring(0, LABEL_MAX) : label;
    }
}
