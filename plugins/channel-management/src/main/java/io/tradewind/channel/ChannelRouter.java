package io.tradewind.channel;

import io.tradewind.api.PluginContext;
import io.tradewind.api.lead.LeadFacts;
import io.tradewind.api.lead.LeadRoute;
import io.tradewind.api.lead.LeadRouter;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * Routes a new lead to the active partner whose territory and product lines cover it, or to the
 * direct team by the tenant's rules. The lead's product line is its {@code productLine} attribute.
 */
@Extension
public class ChannelRouter implements LeadRouter {

    @Override
    public Optional<LeadRoute> route(PluginContext context, LeadFacts lead) {
        Object productLine = lead.attributes().get("productLine");
        return TerritoryRouting.route(new ChannelStore(context::customObjects).partners(),
                        ChannelSettings.rules(context.settings()), lead.region(),
                        productLine == null ? null : productLine.toString())
                .map(d -> new LeadRoute(d.ownerUserId(), d.departmentId(), d.reason()));
    }
}
