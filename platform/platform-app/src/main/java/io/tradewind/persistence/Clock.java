package io.tradewind.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The current time at the precision the database keeps (microseconds), so a record reads back as written. */
public final class Clock {

    private Clock() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
