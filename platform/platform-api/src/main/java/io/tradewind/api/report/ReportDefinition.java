package io.tradewind.api.report;

import io.tradewind.api.text.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * A report a plugin offers.
 *
 * @param key the report key, unique within the plugin
 * @param title what users see
 * @param columns the report's columns
 */
public record ReportDefinition(String key, LocalizedText title, List<ReportColumn> columns) {

    /** Checks the parts and copies the columns. */
    public ReportDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
    }
}
