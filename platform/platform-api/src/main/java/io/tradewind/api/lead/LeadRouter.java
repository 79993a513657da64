package io.tradewind.api.lead;

import io.tradewind.api.PluginContext;
import java.util.Optional;
import org.pf4j.ExtensionPoint;

/**
 * Decides who gets a new lead. When several enabled plugins route, the first that answers (in
 * plugin id order) wins; when none answers, the core's own assignment rules apply.
 */
public interface LeadRouter extends ExtensionPoint {

    /**
     * Routes a lead.
     *
     * @param context the tenant's context
     * @param lead the lead
     * @return the route, or empty to leave the decision to others
     */
    Optional<LeadRoute> route(PluginContext context, LeadFacts lead);
}
