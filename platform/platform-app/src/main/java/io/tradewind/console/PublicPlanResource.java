package io.tradewind.console;

import io.tradewind.access.Public;
import io.tradewind.persistence.Db;
import io.tradewind.tenancy.Plan;
import io.tradewind.web.Page;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The plans a company can subscribe to, for the console's landing page and plan screens. */
@Path("/public/plans")
@Public
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
public class PublicPlanResource {

    /** A plan as offered: its seats ({@code null}: unlimited) and trial days ({@code null}: not a trial). */
    public record PlanOffer(String code, String name, Integer maxUsers, Integer trialDays) {
    }

    @Inject
    Db db;

    @GET
    @Transactional
    @Operation(summary = "The subscription plans, with their seats and trial days")
    public Page<PlanOffer> plans() {
        List<PlanOffer> items = db.em().createQuery("SELECT p FROM Plan p ORDER BY p.sortOrder", Plan.class)
                .getResultList().stream()
                .map(plan -> new PlanOffer(plan.getCode(), plan.displayName(), plan.getMaxUsers(), plan.getTrialDays()))
                .toList();
        return new Page<>(items, items.size(), 1, items.size());
    }
}
