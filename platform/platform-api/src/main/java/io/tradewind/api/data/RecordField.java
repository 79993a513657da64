package io.tradewind.api.data;

import java.util.List;
import java.util.Objects;

/**
 * A custom field a plugin adds to a core record type, declared by {@link DataModel#recordFields()}
 * (since API 1.2.0). When a tenant enables the plugin the host registers it with the tenant's own
 * custom fields: its values are read, written, validated, filtered and exported like any custom
 * field's, under {@code "customFields": {"<key>": value}}.
 *
 * <p>Labels come from the plugin's messages ({@code i18n/messages.properties} and
 * {@code i18n/messages_zh_CN.properties}): {@code field.<key>} labels the field and
 * {@code field.<key>.<choice>} each choice; a missing message shows the key or choice itself.
 *
 * @param recordType {@code lead}, {@code customer}, {@code contact} or {@code opportunity}
 * @param key the field's stable code: a lowercase letter, then letters, digits or {@code _} (at most
 *     40); it must not collide with another field of the record type in the tenant
 * @param type the value type: {@link FieldType#TEXT}, {@link FieldType#NUMBER}, {@link FieldType#DATE},
 *     {@link FieldType#CHOICE} or {@link FieldType#REFERENCE} (a lookup); records do not take
 *     {@link FieldType#BOOLEAN} (use a choice)
 * @param choices the option codes of a choice field (same rule as keys), otherwise empty; a later
 *     version may add choices but not remove them
 * @param lookupTarget what a lookup points to ({@code user}, {@code customer}, {@code contact},
 *     {@code opportunity} or {@code lead}), otherwise {@code null}
 * @param required whether records created through the API must have a value
 */
public record RecordField(String recordType, String key, FieldType type, List<String> choices, String lookupTarget,
                          boolean required) {

    /** Checks the parts and copies the choices. */
    public RecordField {
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        choices = List.copyOf(Objects.requireNonNull(choices, "choices"));
    }

    /**
     * A text field.
     *
     * @param recordType the record type
     * @param key the field's code
     * @return the declaration
     */
    public static RecordField text(String recordType, String key) {
        return new RecordField(recordType, key, FieldType.TEXT, List.of(), null, false);
    }

    /**
     * A number field.
     *
     * @param recordType the record type
     * @param key the field's code
     * @return the declaration
     */
    public static RecordField number(String recordType, String key) {
        return new RecordField(recordType, key, FieldType.NUMBER, List.of(), null, false);
    }

    /**
     * A date field.
     *
     * @param recordType the record type
     * @param key the field's code
     * @return the declaration
     */
    public static RecordField date(String recordType, String key) {
        return new RecordField(recordType, key, FieldType.DATE, List.of(), null, false);
    }

    /**
     * A field that takes one of the given choices.
     *
     * @param recordType the record type
     * @param key the field's code
     * @param choices the option codes
     * @return the declaration
     */
    public static RecordField choice(String recordType, String key, List<String> choices) {
        return new RecordField(recordType, key, FieldType.CHOICE, choices, null, false);
    }

    /**
     * A field that holds the id of another record.
     *
     * @param recordType the record type
     * @param key the field's code
     * @param lookupTarget the record type it points to
     * @return the declaration
     */
    public static RecordField lookup(String recordType, String key, String lookupTarget) {
        return new RecordField(recordType, key, FieldType.REFERENCE, List.of(), lookupTarget, false);
    }

    /**
     * The same field, with a value required on records created through the API.
     *
     * @return the required declaration
     */
    public RecordField asRequired() {
        return new RecordField(recordType, key, type, choices, lookupTarget, true);
    }
}
