package io.tradewind.api.report;

import io.tradewind.api.PluginContext;
import java.util.List;
import org.pf4j.ExtensionPoint;

/** Offers reports that users run from the console and export as CSV or XLSX. */
public interface ReportProvider extends ExtensionPoint {

    /**
     * The reports offered.
     *
     * @return their definitions
     */
    List<ReportDefinition> reports();

    /**
     * Runs a report.
     *
     * @param context the tenant's context
     * @param request which report, with the user's parameters
     * @return the rows
     */
    ReportResult run(PluginContext context, ReportRequest request);
}
