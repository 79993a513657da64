package io.tradewind.lead;

import io.tradewind.persistence.Ids;
import io.tradewind.web.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A lead as the API shows it. */
public record LeadView(String id, String name, String companyName, String phone, String email, String source,
                       String sourceDetail, String status, String ownerId, String regionCode, String productLine,
                       String notes, List<String> tags, Instant assignedAt, String assignmentRuleId, String createdById,
                       String importId, String formId, Instant convertedAt, String customerId, String contactId,
                       String opportunityId, Instant createdAt, Instant updatedAt, long version,
                       Map<String, Object> customFields) implements Versioned {

    public static LeadView of(Lead lead) {
        return of(lead, Map.of());
    }

    /** With its custom field values by code (CustomFields). */
    public static LeadView of(Lead lead, Map<String, Object> customFields) {
        return new LeadView(Ids.format(lead.getId()), lead.getName(), lead.getCompanyName(), lead.getPhone(),
                lead.getEmail(), lead.getSource().code(), lead.getSourceDetail(), lead.getStatus().code(),
                Ids.format(lead.getOwnerId()), lead.getRegionCode(), lead.getProductLine(), lead.getNotes(),
                List.copyOf(lead.getTags()), lead.getAssignedAt(), Ids.format(lead.getAssignmentRuleId()),
                Ids.format(lead.getCreatedById()), Ids.format(lead.getImportId()), Ids.format(lead.getFormId()),
                lead.getConvertedAt(), Ids.format(lead.getCustomerId()), Ids.format(lead.getContactId()),
                Ids.format(lead.getOpportunityId()), lead.getCreatedAt(), lead.getUpdatedAt(), lead.getVersion(),
                customFields);
    }
}
