package io.tradewind.plugin;

import io.tradewind.api.lead.LeadFacts;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Sample lead facts for trying the tenant's routing and scoring plugins. */
@Schema(name = "PluginLeadFacts")
public record LeadFactsRequest(@Schema(examples = "web-form") String source, @Schema(examples = "Acme Medical") String company,
                               @Schema(examples = "Li Lei") String contactName, @Schema(examples = "CN-31") String region,
                               @Schema(examples = "medical-devices") String industry) {

    LeadFacts facts() {
        return new LeadFacts(0L, source, company, contactName, region, industry, Map.of());
    }
}
