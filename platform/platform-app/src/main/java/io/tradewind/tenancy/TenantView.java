package io.tradewind.tenancy;

import io.tradewind.persistence.Ids;
import java.time.Instant;

/** A tenant as the API shows it. */
public record TenantView(String id, String code, String name, String plan, String status, String statusReason,
                         Instant trialEndsAt, Instant createdAt) {

    public static TenantView of(Tenant tenant) {
        return new TenantView(Ids.format(tenant.getId()), tenant.getCode(), tenant.getName(), tenant.getPlanCode(),
                tenant.getStatus().name().toLowerCase(), tenant.getStatusReason(), tenant.getTrialEndsAt(),
                tenant.getCreatedAt());
    }
}
