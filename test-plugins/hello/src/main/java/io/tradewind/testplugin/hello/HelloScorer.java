package io.tradewind.testplugin.hello;

import io.tradewind.api.PluginContext;
import io.tradewind.api.lead.LeadFacts;
import io.tradewind.api.lead.LeadScore;
import io.tradewind.api.lead.LeadScorer;
import java.util.Optional;
import org.pf4j.Extension;

/** Gives every lead the tenant's configured score. */
@Extension
public class HelloScorer implements LeadScorer {

    @Override
    public Optional<LeadScore> score(PluginContext context, LeadFacts lead) {
        int score = context.settings().number("score").map(n -> n.intValue()).orElse(42);
        return Optional.of(new LeadScore(score, context.settings().string("greeting").orElse("?")));
    }
}
