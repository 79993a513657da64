package io.tradewind.customer;

import java.time.Instant;

/** A customer that will return to the pool, when and why ({@code no-follow-up} or {@code not-closed}). */
public record PoolReturn(String customerId, String name, String grade, String ownerId, Instant returnsAt, String reason) {
}
