package io.tradewind.api.report;

import java.util.Map;
import java.util.Objects;

/**
 * A request to run a report.
 *
 * @param reportKey which report
 * @param parameters the user's parameters (such as a period)
 */
public record ReportRequest(String reportKey, Map<String, String> parameters) {

    /** Checks the parts and copies the parameters. */
    public ReportRequest {
        Objects.requireNonNull(reportKey, "reportKey");
        parameters = Map.copyOf(Objects.requireNonNull(parameters, "parameters"));
    }
}
