package io.tradewind.lead;

/** What a conversion made. */
public record ConvertedView(String leadId, String customerId, String contactId, String opportunityId) {
}
