package io.tradewind.access;

/** The tenant and user a verified token speaks for. */
public record TokenIdentity(long tenantId, long userId) {
}
