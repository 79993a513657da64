package io.tradewind.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LeadKeysTest {

    @Test
    void phonesAreComparedByTheirDigitsWithoutTheCountryCode() {
        assertThat(LeadKeys.phone("+86 138-0013-8000")).isEqualTo("13800138000");
        assertThat(LeadKeys.phone("138 0013 8000")).isEqualTo("13800138000");
        assertThat(LeadKeys.phone("021-6666 8888")).isEqualTo("02166668888");
        assertThat(LeadKeys.phone("12")).isNull();
        assertThat(LeadKeys.phone(null)).isNull();
    }

    @Test
    void emailsAndCompaniesIgnoreCaseSpacesAndPunctuation() {
        assertThat(LeadKeys.email(" Li@Example.COM ")).isEqualTo("li@example.com");
        assertThat(LeadKeys.company("华康医疗（上海）有限公司")).isEqualTo(LeadKeys.company("华康医疗(上海)有限公司"));
        assertThat(LeadKeys.company("Huakang  Medical, Inc.")).isEqualTo("huakangmedicalinc");
        assertThat(LeadKeys.company("  ")).isNull();
    }

    @Test
    void feedbackIsDueAtTheEndOfTheNextWorkingDay() {
        BusinessCalendar calendar = new BusinessCalendar();
        calendar.zone = "Asia/Shanghai";
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        Instant friday = java.time.LocalDateTime.of(2026, 11, 27, 17, 0).atZone(shanghai).toInstant();
        Instant due = calendar.endOfNextWorkingDay(friday);
        assertThat(due.atZone(shanghai).toLocalDate()).isEqualTo(java.time.LocalDate.of(2026, 12, 1));
        assertThat(due.atZone(shanghai).minusDays(1).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        Instant tuesday = java.time.LocalDateTime.of(2026, 12, 1, 9, 0).atZone(shanghai).toInstant();
        assertThat(calendar.endOfNextWorkingDay(tuesday).atZone(shanghai).toLocalDateTime())
                .isEqualTo(java.time.LocalDateTime.of(2026, 12, 3, 0, 0));
    }
}
