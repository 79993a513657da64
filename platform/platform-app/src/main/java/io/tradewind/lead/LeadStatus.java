package io.tradewind.lead;

/** A lead's progress; {@code CONVERTED} is final and set only by conversion. */
public enum LeadStatus {
    NEW,
    CONTACTED,
    QUALIFIED,
    UNQUALIFIED,
    CONVERTED;

    public String code() {
        return name().toLowerCase();
    }

    /** Still being worked: counts towards a rep's load. */
    public boolean isOpen() {
        return this == NEW || this == CONTACTED || this == QUALIFIED;
    }
}
