package io.tradewind.api.data;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One stored custom object.
 *
 * @param objectName the declared object name
 * @param id the object id
 * @param values field values by field name
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record CustomObjectRecord(String objectName, long id, Map<String, Object> values, Instant createdAt,
                                 Instant updatedAt) {

    /** Copies the values. */
    public CustomObjectRecord {
        Objects.requireNonNull(objectName, "objectName");
        values = Map.copyOf(Objects.requireNonNull(values, "values"));
    }
}
