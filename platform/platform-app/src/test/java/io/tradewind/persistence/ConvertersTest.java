package io.tradewind.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConvertersTest {

    @Test
    void stringSetsRoundTripAndMatchWithLike() {
        StringSetConverter converter = new StringSetConverter();
        String column = converter.convertToDatabaseColumn(new LinkedHashSet<>(List.of("sales-rep", "finance")));
        assertThat(column).isEqualTo(",finance,sales-rep,");
        assertThat(converter.convertToEntityAttribute(column)).containsExactlyInAnyOrder("sales-rep", "finance");
        assertThat(converter.convertToEntityAttribute(",")).isEmpty();
        assertThat(converter.convertToDatabaseColumn(Set.of())).isEqualTo(",");
        assertThat(StringSetConverter.containing("finance")).isEqualTo("%,finance,%");
    }

    @Test
    void instantsAreStoredAsUtc() {
        InstantConverter converter = new InstantConverter();
        Instant instant = Instant.parse("2026-05-01T08:30:00.123456Z");
        assertThat(converter.convertToDatabaseColumn(instant).toString()).isEqualTo("2026-05-01T08:30:00.123456");
        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(instant))).isEqualTo(instant);
        assertThat(InstantConverter.utcText(instant)).isEqualTo("2026-05-01 08:30:00.123456");
    }

    @Test
    void instantsAreReadFromWhatEveryDriverHandsOver() {
        Instant instant = Instant.parse("2026-05-01T08:30:00.123456Z");
        assertThat(InstantConverter.fromColumn(InstantConverter.utc(instant))).isEqualTo(instant);
        assertThat(InstantConverter.fromColumn(Timestamp.valueOf("2026-05-01 08:30:00.123456"))).isEqualTo(instant);
        assertThat(InstantConverter.fromColumn("2026-05-01 08:30:00.123456")).isEqualTo(instant);
        assertThat(InstantConverter.fromColumn("2026-05-01T08:30:00.123456")).isEqualTo(instant);
        assertThat(InstantConverter.fromColumn("2026-05-01 08:30:00")).isEqualTo(Instant.parse("2026-05-01T08:30:00Z"));
        assertThat(InstantConverter.fromColumn(null)).isNull();
    }

    @Test
    void attributesBecomeSnakeCaseColumns() {
        assertThat(TradewindSessionCustomizer.toSnakeCase("createdAt")).isEqualTo("created_at");
        assertThat(TradewindSessionCustomizer.toSnakeCase("name")).isEqualTo("name");
        assertThat(TradewindSessionCustomizer.toSnakeCase("roleCodesColumn")).isEqualTo("role_codes_column");
    }

    @Test
    void idsRoundTripThroughTheirApiForm() {
        long id = Ids.next();
        assertThat(Ids.parse(Ids.format(id))).contains(id);
        assertThat(Ids.format(id)).hasSize(13);
        assertThat(Ids.parse("not-an-id")).isEmpty();
        assertThat(Ids.parse(null)).isEmpty();
        assertThat(Ids.next()).isGreaterThan(id);
    }
}
