package io.tradewind.api.data;

/** The type of a custom field's value. */
public enum FieldType {
    /** A text. */
    TEXT,
    /** A decimal number. */
    NUMBER,
    /** True or false. */
    BOOLEAN,
    /** A calendar date (ISO 8601). */
    DATE,
    /** One of the field's declared options. */
    CHOICE,
    /** The id of another record. */
    REFERENCE
}
