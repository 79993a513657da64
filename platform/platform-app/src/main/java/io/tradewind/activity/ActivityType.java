package io.tradewind.activity;

/** Kinds of follow-up (跟进记录); {@code NEGOTIATION} is the seed's 洽谈记录 with materials and a next step. */
public enum ActivityType {
    CALL,
    VISIT,
    MEETING,
    NEGOTIATION,
    EMAIL,
    OTHER
}
