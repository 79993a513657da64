package io.tradewind.opportunity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbCreator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

/**
 * A new opportunity. It starts in the first open stage unless {@code stageId} names another (whose
 * entry checklist then applies). Without {@code amount} the amount is the sum of the lines.
 */
@Schema(name = "OpportunityRequest")
public record OpportunityRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "市人民医院超声设备采购") String name,
        @NotBlank @Schema(description = "The customer's id") String customerId,
        @DecimalMin("0") @Digits(integer = 16, fraction = 2) @Schema(examples = "256000.00") BigDecimal amount,
        @Schema(examples = "2026-12-31") LocalDate expectedCloseDate,
        @Schema(description = "A contact of the customer") String contactId,
        @Schema(description = "The owning user; the caller when absent") String ownerId,
        @Schema(description = "The stage to start in; the first open stage when absent") String stageId,
        @Size(max = 200) List<@Valid @NotNull Line> lines,
        @Size(max = 40) @Schema(examples = "referral") String source,
        @Size(max = 20) List<String> tags,
        @Size(max = 20) List<String> checkedItems,
        @Schema(type = SchemaType.OBJECT, description = "Custom field values by code (GET /custom-fields)")
        JsonObject customFields) {

    /** The constructor JSON-B reads requests with (the record has another one). */
    @JsonbCreator
    public OpportunityRequest {
    }

    /** Without custom fields (other capabilities' creates). */
    public OpportunityRequest(String name, String customerId, BigDecimal amount, LocalDate expectedCloseDate,
                              String contactId, String ownerId, String stageId, List<Line> lines, String source,
                              List<String> tags, List<String> checkedItems) {
        this(name, customerId, amount, expectedCloseDate, contactId, ownerId, stageId, lines, source, tags, checkedItems, null);
    }


    /** The usual fields, for other capabilities (lead conversion): starts in the first open stage. */
    public static OpportunityRequest of(String name, String customerId, BigDecimal amount, String ownerId,
                                        JsonObject customFields) {
        return new OpportunityRequest(name, customerId, amount, null, null, ownerId, null, null, null, null, null,
                customFields);
    }

    /** A product on the opportunity; without {@code unitPrice} the customer's price list (or the list price) prices it. */
    @Schema(name = "OpportunityLineRequest")
    public record Line(@NotBlank @Schema(examples = "0SZZZZZZZZZZZ") String productId,
                       @NotNull @DecimalMin("0.001") @Digits(integer = 15, fraction = 3) @Schema(examples = "2") BigDecimal quantity,
                       @DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal unitPrice) {
    }
}
