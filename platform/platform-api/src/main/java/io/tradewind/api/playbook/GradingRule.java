package io.tradewind.api.playbook;

import io.tradewind.api.text.LocalizedText;
import java.util.Objects;

/**
 * A rule that gives a customer a grade.
 *
 * @param grade the grade this rule gives
 * @param description the rule in words, shown to users
 * @param expression the condition, in the host's filter syntax (such as
 *     {@code revenueLast12Months >= 1000000})
 */
public record GradingRule(String grade, LocalizedText description, String expression) {

    /** Checks the parts. */
    public GradingRule {
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(expression, "expression");
    }
}
