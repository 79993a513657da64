package io.tradewind.api.report;

import io.tradewind.api.data.FieldType;
import io.tradewind.api.text.LocalizedText;
import java.util.Objects;

/**
 * A column of a report.
 *
 * @param key the column key
 * @param title what users see
 * @param type the type of the column's values
 */
public record ReportColumn(String key, LocalizedText title, FieldType type) {

    /** Checks the parts. */
    public ReportColumn {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
    }
}
