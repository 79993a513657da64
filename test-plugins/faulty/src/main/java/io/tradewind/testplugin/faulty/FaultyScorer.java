package io.tradewind.testplugin.faulty;

import io.tradewind.api.PluginCallException;
import io.tradewind.api.PluginContext;
import io.tradewind.api.lead.LeadFacts;
import io.tradewind.api.lead.LeadScore;
import io.tradewind.api.lead.LeadScorer;
import java.util.Optional;
import org.pf4j.Extension;

/** Always throws. */
@Extension
public class FaultyScorer implements LeadScorer {

    @Override
    public Optional<LeadScore> score(PluginContext context, LeadFacts lead) {
        throw new PluginCallException("the scoring model is broken");
    }
}
