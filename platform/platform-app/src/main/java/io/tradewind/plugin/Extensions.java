package io.tradewind.plugin;

import io.tradewind.api.customer.CustomerFacts;
import io.tradewind.api.customer.CustomerGrade;
import io.tradewind.api.customer.CustomerGrader;
import io.tradewind.api.event.PipelineEvent;
import io.tradewind.api.event.PipelineListener;
import io.tradewind.api.lead.LeadFacts;
import io.tradewind.api.lead.LeadRoute;
import io.tradewind.api.lead.LeadRouter;
import io.tradewind.api.lead.LeadScore;
import io.tradewind.api.lead.LeadScorer;
import io.tradewind.i18n.RequestLocale;
import io.tradewind.outbox.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * What the core asks of the current tenant's plugins. Each method asks the tenant's enabled,
 * unsuspended plugins in plugin id order and returns the first answer; it returns empty when no
 * plugin answers, and also when a plugin fails (the failure is recorded for the tenant admin).
 * Never throws because of a plugin, never waits longer than the plugin timeout per plugin. Needs
 * the current tenant (a request or {@code TenantContext.runAs}).
 */
@ApplicationScoped
public class Extensions {

    @Inject
    Enablements enablements;

    @Inject
    PluginCalls calls;

    /** Who should get a new lead, if a plugin decides it. */
    public Optional<LeadRoute> routeLead(LeadFacts lead) {
        return first(LeadRouter.class, (router, context) -> router.route(context, lead));
    }

    /** A new or changed lead's score, if a plugin gives one. */
    public Optional<LeadScore> scoreLead(LeadFacts lead) {
        return first(LeadScorer.class, (scorer, context) -> scorer.score(context, lead));
    }

    /** A customer's grade, if a plugin gives one. */
    public Optional<CustomerGrade> gradeCustomer(CustomerFacts customer) {
        return first(CustomerGrader.class, (grader, context) -> grader.grade(context, customer));
    }

    /** Hands every committed domain event to the listening plugins of its tenant. */
    void deliver(@Observes DomainEvent event) {
        PipelineEvent pluginEvent = new PipelineEvent(event.id(), event.type(), event.aggregateType(),
                event.aggregateId(), event.payload(), event.occurredAt());
        for (EnabledPlugin enabled : enablements.forTenant(event.tenantId())) {
            for (PipelineListener listener : enabled.plugin().extensions(PipelineListener.class)) {
                if (listener.eventTypes().isEmpty() || listener.eventTypes().contains(event.type())) {
                    calls.call(enabled, "PipelineListener", Locale.ENGLISH, context -> {
                        listener.onEvent(context, pluginEvent);
                        return Boolean.TRUE;
                    });
                }
            }
        }
    }

    private <P, T> Optional<T> first(Class<P> point, BiFunction<P, io.tradewind.api.PluginContext, Optional<T>> ask) {
        Locale locale = RequestLocale.current();
        for (EnabledPlugin enabled : enablements.current()) {
            for (P extension : enabled.plugin().extensions(point)) {
                CallOutcome<Optional<T>> outcome = calls.call(enabled, point.getSimpleName(), locale,
                        context -> ask.apply(extension, context));
                if (outcome.ok() && outcome.value() != null && outcome.value().isPresent()) {
                    return outcome.value();
                }
            }
        }
        return Optional.empty();
    }
}
