package io.tradewind.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CronScheduleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private static Instant next(String cron, String after, ZoneId zone) {
        return CronSchedule.parse(cron).next(Instant.parse(after), null, MINUTE, zone).orElseThrow();
    }

    @Test
    void theSameExpressionMeansTheTenantsOwnClock() {
        // Friday 2026-11-27 00:30 UTC: 08:30 in Shanghai, 01:30 in Berlin.
        assertThat(next("0 9 * * MON-FRI", "2026-11-27T00:30:00Z", SHANGHAI)).isEqualTo("2026-11-27T01:00:00Z");
        assertThat(next("0 9 * * MON-FRI", "2026-11-27T00:30:00Z", BERLIN)).isEqualTo("2026-11-27T08:00:00Z");
        // After Friday's run in Shanghai the next working-day run is Monday.
        assertThat(next("0 9 * * MON-FRI", "2026-11-27T01:00:00Z", SHANGHAI)).isEqualTo("2026-11-30T01:00:00Z");
    }

    @Test
    void daylightSavingChangesKeepTheLocalTime() {
        // Berlin moves from UTC+1 to UTC+2 on 2026-03-29: 09:00 local is 08:00 UTC before, 07:00 UTC after.
        assertThat(next("0 9 * * *", "2026-03-28T12:00:00Z", BERLIN)).isEqualTo("2026-03-29T07:00:00Z");
        assertThat(next("0 9 * * *", "2026-03-27T12:00:00Z", BERLIN)).isEqualTo("2026-03-28T08:00:00Z");
    }

    @Test
    void sixFieldsCountSecondsFirst() {
        assertThat(next("*/10 * * * * *", "2026-11-27T00:00:01Z", SHANGHAI)).isEqualTo("2026-11-27T00:00:10Z");
        assertThat(CronSchedule.parse("*/10 * * * * *").next(Instant.parse("2026-11-27T00:00:01Z"),
                Instant.parse("2026-11-27T00:00:00Z"), Duration.ofSeconds(25), SHANGHAI))
                .as("runs closer than the minimum interval to the last one are skipped")
                .contains(Instant.parse("2026-11-27T00:00:30Z"));
    }

    @Test
    void theNextRunIsStrictlyAfterTheGivenTime() {
        assertThat(next("*/5 * * * *", "2026-11-27T00:05:00Z", SHANGHAI)).isEqualTo("2026-11-27T00:10:00Z");
    }

    @Test
    void invalidExpressionsAreRefusedWithAReason() {
        assertThatThrownBy(() -> CronSchedule.parse("every day")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5 fields");
        assertThatThrownBy(() -> CronSchedule.parse("61 * * * *")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("61 * * * *");
        assertThatThrownBy(() -> CronSchedule.parse(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CronSchedule.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anExpressionThatNeverMatchesGivesNoRun() {
        assertThat(CronSchedule.parse("0 0 30 2 *").next(Instant.parse("2026-01-01T00:00:00Z"), null, MINUTE, SHANGHAI))
                .isEmpty();
    }
}
