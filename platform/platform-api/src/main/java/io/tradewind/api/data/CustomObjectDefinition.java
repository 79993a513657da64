package io.tradewind.api.data;

import io.tradewind.api.text.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * A custom object type.
 *
 * @param name the object name, lower camel case, unique within the plugin
 * @param label what users see
 * @param fields its fields (their {@code entity} is this object's name)
 */
public record CustomObjectDefinition(String name, LocalizedText label, List<CustomFieldDefinition> fields) {

    /** Checks the parts and copies the fields. */
    public CustomObjectDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
    }
}
