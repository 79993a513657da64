package io.tradewind.calendar;

/**
 * What a calendar day is. {@code HOLIDAY} is a day off, {@code WORKDAY} a working day on a weekend
 * (调休上班), {@code REGULAR} a tenant's way of cancelling a reference entry (the weekday rule
 * applies again), {@code CARE} a customer-care date that is not a day off (an anniversary).
 */
public enum DayKind {
    HOLIDAY, WORKDAY, REGULAR, CARE;

    public String code() {
        return name().toLowerCase();
    }
}
