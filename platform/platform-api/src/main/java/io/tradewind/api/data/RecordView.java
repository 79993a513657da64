package io.tradewind.api.data;

import java.util.Map;
import java.util.Objects;

/**
 * A core record as a plugin sees it: its fields (including custom fields) as JSON-like values.
 *
 * @param type the record type, such as {@code lead}
 * @param id the record id
 * @param fields the record's fields by name
 */
public record RecordView(String type, long id, Map<String, Object> fields) {

    /** Copies the fields. */
    public RecordView {
        Objects.requireNonNull(type, "type");
        fields = Map.copyOf(Objects.requireNonNull(fields, "fields"));
    }
}
