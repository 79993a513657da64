package io.tradewind.tenancy;

import io.tradewind.persistence.Ids;
import io.tradewind.web.Versioned;
import java.time.Instant;

/** A tenant with its plan and seat usage, for its admins and for platform operators. */
public record TenantDetails(String id, String code, String name, String status, String statusReason, PlanView plan,
                            Seats seats, Instant trialEndsAt, Instant createdAt, long version, String timeZone)
        implements Versioned {

    /** The plan, named in the reader's language. */
    public record PlanView(String code, String name, Integer maxUsers) {
    }

    /** Seats in use and available ({@code limit} null: unlimited). */
    public record Seats(long used, Integer limit) {
    }

    public static TenantDetails of(Tenant tenant, Plan plan, long usedSeats) {
        return new TenantDetails(Ids.format(tenant.getId()), tenant.getCode(), tenant.getName(),
                tenant.getStatus().name().toLowerCase(), tenant.getStatusReason(),
                new PlanView(plan.getCode(), plan.displayName(), plan.getMaxUsers()),
                new Seats(usedSeats, plan.getMaxUsers()), tenant.getTrialEndsAt(), tenant.getCreatedAt(),
                tenant.getVersion(), tenant.getTimeZone());
    }
}
