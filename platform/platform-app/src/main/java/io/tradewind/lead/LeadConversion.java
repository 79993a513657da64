package io.tradewind.lead;

import io.tradewind.access.Caller;
import io.tradewind.audit.RecordChanges;
import io.tradewind.contact.ContactRequest;
import io.tradewind.contact.ContactService;
import io.tradewind.customer.CustomerRequest;
import io.tradewind.customfield.CustomFields;
import io.tradewind.customfield.RecordType;
import io.tradewind.customer.CustomerService;
import io.tradewind.opportunity.OpportunityRequest;
import io.tradewind.opportunity.OpportunityService;
import io.tradewind.persistence.Clock;
import io.tradewind.persistence.Db;
import io.tradewind.persistence.Ids;
import io.tradewind.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.List;

/**
 * Converts a lead into a customer and a contact (and an opportunity) in one transaction, through
 * the accounts capability's own services: if any part is refused, nothing is created and the lead
 * stays as it was. The customer gets the lead's tags. The lead's follow-ups are linked to the new
 * customer and contact, and its custom field values go to the new records' fields with the same
 * code; a value that does not fit is reported in the result and does not stop the conversion (ADR 0140).
 */
@ApplicationScoped
public class LeadConversion {

    @Inject
    Db db;

    @Inject
    LeadService leads;

    @Inject
    CustomerService customers;

    @Inject
    ContactService contacts;

    @Inject
    OpportunityService opportunities;

    @Inject
    RecordChanges changes;

    @Inject
    Validator validator;

    @Inject
    CustomFields customFields;

    @Transactional
    public ConvertedView convert(Caller caller, String id, ConvertRequest request) {
        Lead lead = leads.visible(caller, id);
        ConvertRequest asked = request == null ? new ConvertRequest(null, null, null, null, null)
                : Requests.validate(validator, request);
        if (lead.getStatus() == LeadStatus.CONVERTED) {
            throw Problems.conflict("problem.conflict.lead-converted");
        }
        LeadView before = LeadView.of(lead);
        String owner = Ids.format(lead.getOwnerId() != null ? lead.getOwnerId() : caller.userId());
        String customerName = first(asked.customerName(), lead.getCompanyName(), lead.getName());
        boolean withOpportunity = Boolean.TRUE.equals(asked.createOpportunity()) || asked.opportunityName() != null
                || asked.amount() != null;
        CarriedFields carried = CarriedFields.of(customFields, customFields.values(RecordType.LEAD, lead.getId()), withOpportunity);
        String customerId = customers.create(CustomerRequest.of(customerName, first(asked.regionCode(), lead.getRegionCode()),
                lead.getPhone(), lead.getEmail(), lead.getSource().code(), List.copyOf(lead.getTags()), owner,
                carried.values(RecordType.CUSTOMER))).id();
        String contactId = contacts.create(ContactRequest.of(lead.getName(), customerId, lead.getPhone(), lead.getEmail(),
                carried.values(RecordType.CONTACT))).id();
        String opportunityId = null;
        if (withOpportunity) {
            String name = first(asked.opportunityName(), customerName + (lead.getProductLine() == null ? "" : " " + lead.getProductLine()));
            opportunityId = opportunities.create(OpportunityRequest.of(name, customerId, asked.amount(), owner,
                    carried.values(RecordType.OPPORTUNITY))).id();
        }
        Long customer = Ids.parse(customerId).orElseThrow();
        Long contact = Ids.parse(contactId).orElseThrow();
        lead.converted(customer, contact, opportunityId == null ? null : Ids.parse(opportunityId).orElseThrow(), Clock.now());
        db.em().createQuery("UPDATE Activity a SET a.customerId = :customer, a.contactId = :contact "
                        + "WHERE a.leadId = :lead AND a.customerId IS NULL")
                .setParameter("customer", customer).setParameter("contact", contact).setParameter("lead", lead.getId())
                .executeUpdate();
        db.em().flush();
        LeadView after = LeadView.of(lead);
        ConvertedView converted = new ConvertedView(after.id(), customerId, contactId, opportunityId, carried.notCopied());
        changes.changed("lead.converted", "lead", lead.getId(), before, after, converted);
        return converted;
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return null;
    }
}
