package io.tradewind.customfield;

import io.tradewind.persistence.TenantEntity;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;

/**
 * The definition of a custom field of one record type. Its {@code code} is stable (values and filters
 * use it); {@code source} says who declared it: {@code tenant}, or {@code plugin:<id>} for fields a
 * plugin declares (ADR 0130). Choice options are stored as a JSON document: they are read with the
 * definition and never queried on their own.
 */
@Entity
@EntityListeners(FieldDefinitionChanges.class)
@Table(name = "custom_field")
public class CustomField extends TenantEntity {

    /** Codes: a lowercase letter, then letters, digits and underscores; safe in query parameter names. */
    public static final String CODE = "[a-z][a-zA-Z0-9_]{0,39}";
    public static final String TENANT_SOURCE = "tenant";

    @Enumerated(EnumType.STRING)
    private RecordType entity;
    private String code;
    @Enumerated(EnumType.STRING)
    private FieldType fieldType;
    private boolean multiple;
    private String labelEn;
    private String labelZh;
    private boolean required;
    private int sortOrder;
    private boolean active = true;
    private String options = "[]";
    @Enumerated(EnumType.STRING)
    private RecordType lookupEntity;
    private String source = TENANT_SOURCE;

    protected CustomField() {
    }

    public CustomField(RecordType entity, String code, FieldType fieldType, String source) {
        this.entity = entity;
        this.code = code;
        this.fieldType = fieldType;
        this.source = source;
    }

    /** A detached copy, for {@link FieldDefinitions}: same id, version and values. */
    CustomField copy() {
        CustomField copy = new CustomField(entity, code, fieldType, source);
        copy.id = id;
        copy.version = version;
        copy.createdAt = createdAt;
        copy.updatedAt = updatedAt;
        copy.multiple = multiple;
        copy.labelEn = labelEn;
        copy.labelZh = labelZh;
        copy.required = required;
        copy.sortOrder = sortOrder;
        copy.active = active;
        copy.options = options;
        copy.lookupEntity = lookupEntity;
        return copy;
    }

    public RecordType getEntity() { return entity; }
    public String getCode() { return code; }
    public FieldType getFieldType() { return fieldType; }
    public boolean isMultiple() { return multiple; }
    public void setMultiple(boolean multiple) { this.multiple = multiple; }
    public String getLabelEn() { return labelEn; }
    public void setLabelEn(String labelEn) { this.labelEn = labelEn; }
    public String getLabelZh() { return labelZh; }
    public void setLabelZh(String labelZh) { this.labelZh = labelZh; }
    public boolean isRequired() { return required; }
    public void setRequired(boolean required) { this.required = required; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public RecordType getLookupEntity() { return lookupEntity; }
    public void setLookupEntity(RecordType lookupEntity) { this.lookupEntity = lookupEntity; }
    public String getSource() { return source; }

    public List<ChoiceOption> options() {
        if (options == null || options.isBlank()) {
            return List.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(options))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(o -> new ChoiceOption(o.getString("code"), o.getString("labelEn"), o.getString("labelZh")))
                    .toList();
        }
    }

    public void setOptions(List<ChoiceOption> choices) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (ChoiceOption choice : choices == null ? List.<ChoiceOption>of() : choices) {
            array.add(Json.createObjectBuilder().add("code", choice.code()).add("labelEn", choice.labelEn())
                    .add("labelZh", choice.labelZh()));
        }
        options = array.build().toString();
    }

    public Optional<ChoiceOption> option(String optionCode) {
        return options().stream().filter(o -> o.code().equals(optionCode)).findFirst();
    }

    /** The label in the language of {@code locale}. */
    public String label(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? labelZh : labelEn;
    }
}
