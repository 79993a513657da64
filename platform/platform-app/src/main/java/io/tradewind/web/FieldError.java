package io.tradewind.web;

/** One invalid input: the field as the client named it, and why, in the client's language. */
public record FieldError(String field, String message) {
}
