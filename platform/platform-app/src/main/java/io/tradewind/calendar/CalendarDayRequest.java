package io.tradewind.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A date of the tenant's calendar: a holiday, a make-up working day (调休上班), regular again, or a care date. */
public record CalendarDayRequest(
        @NotBlank @Schema(examples = "2026-12-31") String date,
        @NotBlank @Schema(examples = "holiday", description = "holiday, workday, regular or care") String kind,
        @Size(max = 60) @Schema(examples = "公司年假") String name) {
}
