package io.tradewind.testplugin.twin;

import io.tradewind.api.PluginContext;
import io.tradewind.api.lead.LeadFacts;
import io.tradewind.api.lead.LeadScore;
import io.tradewind.api.lead.LeadScorer;
import java.util.Optional;
import org.pf4j.Extension;

/** Scores every lead , so a test sees which version a tenant's extension calls reach. */
@Extension
public class TwinScorer implements LeadScorer {

    @Override
    public Optional<LeadScore> score(PluginContext context, LeadFacts lead) {
        return Optional.of(new LeadScore(20, "twin 2"));
    }
}
