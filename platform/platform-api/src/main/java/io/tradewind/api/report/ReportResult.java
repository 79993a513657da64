package io.tradewind.api.report;

import java.util.List;
import java.util.Objects;

/**
 * A report's rows; each row holds one value per column, in column order.
 *
 * @param rows the rows
 */
public record ReportResult(List<List<Object>> rows) {

    /** Copies the rows. */
    public ReportResult {
        rows = Objects.requireNonNull(rows, "rows").stream().map(row -> List.copyOf(row)).toList();
    }
}
