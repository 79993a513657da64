package io.tradewind.lead;

import java.util.List;

/**
 * What a conversion made, and the lead's custom field values that were not carried over to a field
 * with the same code (ADR 0140).
 */
public record ConvertedView(String leadId, String customerId, String contactId, String opportunityId,
                            List<NotCopied> customFieldsNotCopied) {

    /**
     * A lead value left behind: the record whose field refused it ({@code customer}, {@code contact},
     * {@code opportunity}; null when no record has a field with its code), the field, and why.
     */
    public record NotCopied(String record, String field, String message) {
    }
}
