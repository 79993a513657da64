package io.tradewind.plugin;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A plugin job's cron expression (ADR 0216): five fields as in Unix cron, or six with seconds
 * first, parsed by cron-utils. The next run is computed in a given zone, so "0 9 * * MON-FRI" means
 * nine in the morning where the tenant is, across daylight saving changes; runs closer than
 * {@code minGap} to the previous one are skipped.
 */
final class CronSchedule {

    private static final CronParser UNIX = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
    private static final CronParser WITH_SECONDS =
            new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.SPRING53));

    private final String expression;
    private final ExecutionTime times;

    private CronSchedule(String expression, Cron cron) {
        this.expression = expression;
        this.times = ExecutionTime.forCron(cron);
    }

    /** @throws IllegalArgumentException when the expression is not valid cron */
    static CronSchedule parse(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("a cron expression is needed");
        }
        String trimmed = expression.trim();
        int fields = trimmed.split("\\s+").length;
        if (fields != 5 && fields != 6) {
            throw new IllegalArgumentException("a cron expression has 5 fields (or 6 with seconds first): " + trimmed);
        }
        try {
            Cron cron = (fields == 5 ? UNIX : WITH_SECONDS).parse(trimmed);
            cron.validate();
            return new CronSchedule(trimmed, cron);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a valid cron expression: " + trimmed + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The first time after {@code after}, and at least {@code minGap} after {@code previous} when
     * there was one, that the expression names in {@code zone}; empty when it names none.
     */
    Optional<Instant> next(Instant after, Instant previous, Duration minGap, ZoneId zone) {
        Instant from = after;
        if (previous != null && previous.plus(minGap).minusNanos(1).isAfter(from)) {
            from = previous.plus(minGap).minusNanos(1);
        }
        return times.nextExecution(from.atZone(zone)).map(time -> time.toInstant());
    }

    @Override
    public String toString() {
        return expression;
    }
}
