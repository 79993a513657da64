package io.tradewind.reminder;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reminder a user sets for themselves. */
@Schema(name = "ReminderRequest")
public record ReminderRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "给康宁诊所寄样品") String title,
        @Size(max = 1000) String detail,
        @NotBlank @Schema(examples = "2030-03-02T01:00:00Z") String dueAt) {
}
