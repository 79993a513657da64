package io.tradewind.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradewind.web.ProblemException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExporterTest {

    @Test
    void csvCellsAreQuotedAndFormulasDefused() {
        assertThat(Exporter.csv("plain")).isEqualTo("plain");
        assertThat(Exporter.csv("a,b")).isEqualTo("\"a,b\"");
        assertThat(Exporter.csv("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Exporter.csv("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Exporter.csv("=1+1")).isEqualTo("'=1+1");
        assertThat(Exporter.csv("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Exporter.csv(-5)).isEqualTo("-5");
        assertThat(Exporter.csv(null)).isEmpty();
        assertThat(Exporter.csv(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(Exporter.csv(LocalDate.of(2026, 1, 2))).isEqualTo("2026-01-02");
        assertThat(Exporter.csv(List.of("a", "b"))).isEqualTo("a;b");
    }

    @Test
    void formatsAreCsvOrXlsx() {
        assertThat(ExportFormat.parse(null)).isEqualTo(ExportFormat.CSV);
        assertThat(ExportFormat.parse("XLSX")).isEqualTo(ExportFormat.XLSX);
        assertThatThrownBy(() -> ExportFormat.parse("pdf")).isInstanceOf(ProblemException.class);
    }
}
