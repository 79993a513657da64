package io.tradewind.api.customer;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * What a grader knows of a customer.
 *
 * @param id the customer id
 * @param name the customer's name
 * @param industry the industry code, or {@code null}
 * @param region the region code, or {@code null}
 * @param revenueLast12Months what the customer ordered in the last twelve months, or {@code null}
 * @param attributes the remaining fields, custom fields included
 */
public record CustomerFacts(long id, String name, String industry, String region, BigDecimal revenueLast12Months,
                            Map<String, Object> attributes) {

    /** Copies the attributes. */
    public CustomerFacts {
        Objects.requireNonNull(name, "name");
        attributes = Map.copyOf(Objects.requireNonNull(attributes, "attributes"));
    }
}
