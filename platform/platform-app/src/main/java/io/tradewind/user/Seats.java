package io.tradewind.user;

import io.tradewind.persistence.Db;
import io.tradewind.tenancy.Plan;
import io.tradewind.tenancy.Tenant;
import io.tradewind.web.ProblemType;
import io.tradewind.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Seats: users who are active or invited count against the plan's limit. Taking a seat locks the
 * tenant row, so two admins inviting at once cannot both take the last seat.
 */
@ApplicationScoped
public class Seats {

    /** Seats in use and the plan's limit ({@code null}: unlimited). */
    public record Usage(long used, Integer limit) {
    }

    @Inject
    Db db;

    @Transactional(Transactional.TxType.MANDATORY)
    public Usage usage(long tenantId) {
        Tenant tenant = db.em().find(Tenant.class, tenantId);
        Plan plan = db.em().find(Plan.class, tenant.getPlanCode());
        return new Usage(countUsed(), plan.getMaxUsers());
    }

    /** Fails with a 409 problem when the tenant has no free seat; holds the tenant lock until commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void takeOne(long tenantId) {
        Tenant tenant = db.em().find(Tenant.class, tenantId, LockModeType.PESSIMISTIC_WRITE);
        Plan plan = db.em().find(Plan.class, tenant.getPlanCode());
        long used = countUsed();
        if (plan.getMaxUsers() != null && used >= plan.getMaxUsers()) {
            throw Problems.of(ProblemType.SEAT_LIMIT_REACHED, "problem.seat-limit-reached.detail",
                            plan.getMaxUsers(), plan.displayName())
                    .with("limit", plan.getMaxUsers())
                    .with("used", used)
                    .with("plan", plan.getCode());
        }
    }

    private long countUsed() {
        return db.em().createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.status <> :disabled", Long.class)
                .setParameter("disabled", UserAccount.Status.DISABLED)
                .getSingleResult();
    }
}
