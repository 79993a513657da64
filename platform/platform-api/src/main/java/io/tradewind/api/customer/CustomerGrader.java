package io.tradewind.api.customer;

import io.tradewind.api.PluginContext;
import java.util.Optional;
import org.pf4j.ExtensionPoint;

/**
 * Grades a customer. When several enabled plugins grade, the first that answers (in plugin id
 * order) wins.
 */
public interface CustomerGrader extends ExtensionPoint {

    /**
     * Grades a customer.
     *
     * @param context the tenant's context
     * @param customer the customer
     * @return the grade, or empty to leave it to others
     */
    Optional<CustomerGrade> grade(PluginContext context, CustomerFacts customer);
}
