package io.tradewind.activity;

import io.tradewind.access.Caller;
import io.tradewind.contact.ContactService;
import io.tradewind.customer.CustomerService;
import io.tradewind.opportunity.OpportunityService;
import io.tradewind.persistence.Ids;
import io.tradewind.web.ProblemException;
import io.tradewind.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.function.LongFunction;

/**
 * Checks the customer, contact and opportunity a follow-up names through the accounts services:
 * each must exist in the tenant and be visible to the caller, else the field is a 400.
 */
@ApplicationScoped
public class ActivityLinks {

    @Inject
    CustomerService customers;

    @Inject
    ContactService contacts;

    @Inject
    OpportunityService opportunities;

    public Long customer(Caller caller, Long id) {
        return check("customerId", id, customer -> customers.require(customer).getId());
    }

    public Long contact(Caller caller, Long id) {
        return check("contactId", id, contact -> contacts.require(Ids.format(contact)).getId());
    }

    public Long opportunity(Caller caller, Long id) {
        return check("opportunityId", id, opportunity -> opportunities.require(Ids.format(opportunity)).getId());
    }

    /** The customer a contact or opportunity belongs to, when the follow-up names none itself. */
    public Long customerOf(Long contactId, Long opportunityId) {
        if (contactId != null) {
            return contacts.require(Ids.format(contactId)).getCustomerId();
        }
        return opportunityId == null ? null : opportunities.require(Ids.format(opportunityId)).getCustomerId();
    }

    /** Tells the customer it was followed up (the shared-pool clock starts again). */
    public void followedUp(Long customerId, Instant at) {
        if (customerId != null) {
            customers.recordFollowUp(customerId, at);
        }
    }

    private static Long check(String field, Long id, LongFunction<Long> lookup) {
        if (id == null) {
            return null;
        }
        try {
            return lookup.apply(id);
        } catch (ProblemException notVisible) {
            throw Problems.invalid(field, "validation.link.unknown");
        }
    }
}
