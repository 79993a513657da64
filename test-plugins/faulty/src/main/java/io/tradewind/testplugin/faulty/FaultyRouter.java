package io.tradewind.testplugin.faulty;

import io.tradewind.api.PluginContext;
import io.tradewind.api.lead.LeadFacts;
import io.tradewind.api.lead.LeadRoute;
import io.tradewind.api.lead.LeadRouter;
import java.util.Optional;
import org.pf4j.Extension;

/** Hangs (a minute, or until interrupted). */
@Extension
public class FaultyRouter implements LeadRouter {

    @Override
    public Optional<LeadRoute> route(PluginContext context, LeadFacts lead) {
        try {
            Thread.sleep(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.of(new LeadRoute(1L, null, "too late"));
    }
}
