package ${package};

import io.tradewind.api.PluginContext;
import io.tradewind.api.lead.LeadFacts;
import io.tradewind.api.lead.LeadScore;
import io.tradewind.api.lead.LeadScorer;
import java.util.Optional;
import org.pf4j.Extension;

/** An extension: scores every lead, giving the tenant's bonus to leads that name their company. */
@Extension
public class GreetingScorer implements LeadScorer {

    static final int BASE = 50;

    @Override
    public Optional<LeadScore> score(PluginContext context, LeadFacts lead) {
        boolean knownCompany = lead.company() != null && !lead.company().isBlank();
        int bonus = knownCompany ? context.settings().number("bonus").map(Number::intValue).orElse(0) : 0;
        String reason = context.messages().get(knownCompany ? "score.company" : "score.base", context.locale(), bonus);
        return Optional.of(new LeadScore(Math.min(100, BASE + bonus), reason));
    }
}
