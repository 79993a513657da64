package io.tradewind.api.data;

import io.tradewind.api.text.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * A custom field.
 *
 * @param entity the record type the field belongs to ({@code lead}, {@code customer}, …) or a
 *     custom object's name
 * @param name the field name, lower camel case, unique per entity
 * @param label what users see
 * @param type the value type
 * @param required whether a value is required
 * @param options the allowed values of a {@link FieldType#CHOICE} field, otherwise empty
 */
public record CustomFieldDefinition(String entity, String name, LocalizedText label, FieldType type,
                                    boolean required, List<String> options) {

    /** Checks the parts and copies the options. */
    public CustomFieldDefinition {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        options = List.copyOf(Objects.requireNonNull(options, "options"));
    }
}
