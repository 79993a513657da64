package io.tradewind.api.lead;

/**
 * Where a router sends a lead: to a user, to a department's queue, or both.
 *
 * @param ownerUserId the user who should own the lead, or {@code null}
 * @param departmentId the department whose queue should get it, or {@code null}
 * @param reason why, shown to users in the lead's history
 */
public record LeadRoute(Long ownerUserId, Long departmentId, String reason) {

    /**
     * Checks that the route names a target.
     *
     * @throws IllegalArgumentException when neither a user nor a department is given
     */
    public LeadRoute {
        if (ownerUserId == null && departmentId == null) {
            throw new IllegalArgumentException("a route needs a user or a department");
        }
    }
}
