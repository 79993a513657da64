package io.tradewind.testplugin.future;

import io.tradewind.api.PluginContext;
import io.tradewind.api.lead.LeadFacts;
import io.tradewind.api.lead.LeadScore;
import io.tradewind.api.lead.LeadScorer;
import java.util.Optional;
import org.pf4j.Extension;

/** Would score, but asks for an API version the host does not have. */
@Extension
public class FutureScorer implements LeadScorer {

    @Override
    public Optional<LeadScore> score(PluginContext context, LeadFacts lead) {
        return Optional.of(new LeadScore(99, "from the future"));
    }
}
