package io.tradewind.activity;

import io.tradewind.persistence.Ids;
import io.tradewind.web.Versioned;
import java.time.Instant;

/** A follow-up as the API shows it. */
public record ActivityView(String id, String type, String subject, String notes, Instant occurredAt,
                           Integer durationMinutes, String ownerId, String leadId, String customerId, String contactId,
                           String opportunityId, String materials, String nextStep, Instant nextStepDueAt,
                           boolean nextStepDone, Instant createdAt, Instant updatedAt, long version)
        implements Versioned {

    public static ActivityView of(Activity activity) {
        return new ActivityView(Ids.format(activity.getId()), activity.getType().name().toLowerCase(), activity.getSubject(),
                activity.getNotes(), activity.getOccurredAt(), activity.getDurationMinutes(), Ids.format(activity.getOwnerId()),
                Ids.format(activity.getLeadId()), Ids.format(activity.getCustomerId()), Ids.format(activity.getContactId()),
                Ids.format(activity.getOpportunityId()), activity.getMaterials(), activity.getNextStep(),
                activity.getNextStepDueAt(), activity.isNextStepDone(), activity.getCreatedAt(), activity.getUpdatedAt(),
                activity.getVersion());
    }
}
