package io.tradewind.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A yearly date to care for a contact on (a holiday, a company anniversary), as {@code MM-DD}. */
@Schema(name = "CareDate")
public record CareDate(@NotBlank @Pattern(regexp = "(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])") @Schema(examples = "09-10") String monthDay,
                       @NotBlank @Size(max = 60) @Schema(examples = "教师节") String label) {
}
