package io.tradewind.api.lead;

import java.util.Map;
import java.util.Objects;

/**
 * What a router or scorer knows of a lead.
 *
 * @param id the lead id
 * @param source where it came from, such as {@code web-form} or {@code trade-show}
 * @param company the company name, or {@code null}
 * @param contactName the contact's name, or {@code null}
 * @param region the region code, or {@code null}
 * @param industry the industry code, or {@code null}
 * @param attributes the remaining fields, custom fields included
 */
public record LeadFacts(long id, String source, String company, String contactName, String region,
                        String industry, Map<String, Object> attributes) {

    /** Copies the attributes. */
    public LeadFacts {
        attributes = Map.copyOf(Objects.requireNonNull(attributes, "attributes"));
    }
}
