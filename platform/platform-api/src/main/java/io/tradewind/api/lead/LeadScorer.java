package io.tradewind.api.lead;

import io.tradewind.api.PluginContext;
import java.util.Optional;
import org.pf4j.ExtensionPoint;

/**
 * Scores a lead. When several enabled plugins score, the first that answers (in plugin id order)
 * wins.
 */
public interface LeadScorer extends ExtensionPoint {

    /**
     * Scores a lead.
     *
     * @param context the tenant's context
     * @param lead the lead
     * @return the score, or empty to leave it to others
     */
    Optional<LeadScore> score(PluginContext context, LeadFacts lead);
}
