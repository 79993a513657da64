package io.tradewind.customfield;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One option of a choice field: a stable code (what values store) and its labels in both languages. */
@Schema(name = "CustomFieldOption")
public record ChoiceOption(
        @NotBlank @Pattern(regexp = CustomField.CODE) @Schema(examples = "hospital") String code,
        @NotBlank @Size(max = 100) @Schema(examples = "Hospital") String labelEn,
        @NotBlank @Size(max = 100) @Schema(examples = "医院") String labelZh) {
}
