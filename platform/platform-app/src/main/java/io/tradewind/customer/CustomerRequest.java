package io.tradewind.customer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbCreator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

/**
 * A new customer. Without {@code grade} the tenant's grading rules grade it; with one, the grade is
 * recorded as set by hand with {@code gradeReason}. Without {@code ownerId} the creator owns it;
 * {@code toPool} puts it straight into the shared pool.
 */
@Schema(name = "CustomerRequest")
public record CustomerRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "华康医疗器械有限公司") String name,
        @Pattern(regexp = "[ABCabc]") @Schema(examples = "B") String grade,
        @Size(max = 500) String gradeReason,
        @Pattern(regexp = "[0-9]{2,12}") @Schema(examples = "320102", description = "Administrative division code (GET /regions)") String regionCode,
        @Size(max = 100) @Schema(examples = "医疗器械") String industry,
        @Min(0) @Max(10_000_000) @Schema(examples = "120", description = "Employees") Integer companySize,
        @Min(0) @Max(1000) @Schema(examples = "8") Integer yearsInBusiness,
        @Min(0) @Max(1_000_000) @Schema(examples = "15", description = "Size of its sales team") Integer teamSize,
        @Size(max = 2000) @Schema(examples = "需要三类医疗器械的区域代理") String needs,
        @Size(max = 40) @Schema(examples = "025-88886666") String phone,
        @Email @Size(max = 254) @Schema(examples = "contact@huakang.example") String email,
        @Size(max = 300) String address,
        @Size(max = 40) @Schema(examples = "trade-show") String source,
        @Size(max = 40) @Schema(examples = "hospital", description = "Customer group, selects price lists") String customerGroup,
        @Size(max = 40) @Schema(examples = "direct", description = "Sales channel, selects price lists") String channel,
        @Size(max = 20) List<@NotBlank @Size(max = 40) String> tags,
        @Schema(description = "The owning user's id; the creator when absent") String ownerId,
        @Size(max = 20) List<String> memberIds,
        Boolean toPool,
        @Schema(type = SchemaType.OBJECT, description = "Custom field values by code (GET /custom-fields)")
        JsonObject customFields) {

    /** The constructor JSON-B reads requests with (the record has another one). */
    @JsonbCreator
    public CustomerRequest {
    }

    /** Without custom fields (other capabilities' creates). */
    public CustomerRequest(String name, String grade, String gradeReason, String regionCode, String industry,
                           Integer companySize, Integer yearsInBusiness, Integer teamSize, String needs, String phone,
                           String email, String address, String source, String customerGroup, String channel,
                           List<String> tags, String ownerId, List<String> memberIds, Boolean toPool) {
        this(name, grade, gradeReason, regionCode, industry, companySize, yearsInBusiness, teamSize, needs, phone, email,
                address, source, customerGroup, channel, tags, ownerId, memberIds, toPool, null);
    }


    /** The usual fields, for other capabilities (lead conversion); graded by the tenant's rules. */
    public static CustomerRequest of(String name, String regionCode, String phone, String email, String source,
                                     List<String> tags, String ownerId, JsonObject customFields) {
        return new CustomerRequest(name, null, null, regionCode, null, null, null, null, null, phone, email, null,
                source, null, null, tags, ownerId, null, null, customFields);
    }
}
