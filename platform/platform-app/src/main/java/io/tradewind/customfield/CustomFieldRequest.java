package io.tradewind.customfield;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new custom field. {@code options} are for choice fields ({@code multiple} for several at once),
 * {@code lookupEntity} for lookups. The code, type, entity and lookup target cannot change later.
 */
@Schema(name = "CustomFieldRequest")
public record CustomFieldRequest(
        @NotBlank @Schema(examples = "customer", description = "lead, customer, contact or opportunity") String entity,
        @NotBlank @Pattern(regexp = CustomField.CODE) @Schema(examples = "hospitalLevel",
                description = "Stable code: a lowercase letter, then letters, digits or _ (at most 40)") String code,
        @NotBlank @Schema(examples = "text", description = "text, number, date, choice or lookup") String type,
        @Schema(description = "Choice fields: several options at once") Boolean multiple,
        @NotBlank @Size(max = 100) @Schema(examples = "Hospital level") String labelEn,
        @NotBlank @Size(max = 100) @Schema(examples = "医院等级") String labelZh,
        @Schema(description = "Records created through the API must have a value") Boolean required,
        @Min(0) @Max(100_000) Integer sortOrder,
        @Size(max = 200) List<@Valid @NotNull ChoiceOption> options,
        @Schema(description = "Lookup fields: user, customer, contact, opportunity or lead") String lookupEntity) {
}
