package io.tradewind.lead.assignment;

/**
 * How a rule matches a lead and picks its owner: {@code ROUND_ROBIN} takes every lead and deals them
 * in turn; {@code REGION} takes leads whose region code starts with the rule's value and
 * {@code PRODUCT_LINE} those of its product line, both dealt in turn; {@code LOAD} takes every lead
 * and gives it to the candidate with the fewest open leads.
 */
public enum AssignmentKind {
    ROUND_ROBIN,
    REGION,
    PRODUCT_LINE,
    LOAD;

    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    public boolean needsMatchValue() {
        return this == REGION || this == PRODUCT_LINE;
    }
}
