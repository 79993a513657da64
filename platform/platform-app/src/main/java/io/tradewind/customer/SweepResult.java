package io.tradewind.customer;

import java.time.Instant;
import java.util.List;

/** What one run of the pool sweep returned to the pool. */
public record SweepResult(Instant asOf, int returned, List<String> customerIds) {
}
