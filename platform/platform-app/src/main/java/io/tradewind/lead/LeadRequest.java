package io.tradewind.lead;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.json.JsonObject;
import java.util.List;
import jakarta.json.bind.annotation.JsonbCreator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

/** A new lead. Without {@code ownerId} the tenant's assignment rules pick the owner. */
@Schema(name = "LeadRequest")
public record LeadRequest(
        @NotBlank @Size(max = 100) @Schema(examples = "张伟") String name,
        @Size(max = 200) @Schema(examples = "华康医疗器械有限公司") String companyName,
        @Size(max = 40) @Pattern(regexp = LeadRequest.PHONE) @Schema(examples = "13800138000") String phone,
        @Size(max = 254) @Email @Schema(examples = "zhangwei@huakang.example") String email,
        @NotBlank @Schema(examples = "website", description = "website, chat, phone, trade-show, purchased-list, referral, cold-visit or custom")
        String source,
        @Size(max = 100) @Schema(description = "The source's name when source is custom") String sourceDetail,
        @Schema(description = "The owner's user id; the assignment rules choose one when absent") String ownerId,
        @Size(max = 20) @Schema(examples = "310000") String regionCode,
        @Size(max = 100) @Schema(examples = "影像设备") String productLine,
        @Size(max = 2000) String notes,
        @Size(max = 20) @Schema(examples = "[\"展会\", \"高意向\"]",
                description = "Up to 20 tags of at most 40 characters, without commas")
        List<@NotBlank @Size(max = 40) String> tags,
        @Schema(type = SchemaType.OBJECT, description = "Custom field values by code (GET /custom-fields)")
        JsonObject customFields) {

    /** The constructor JSON-B reads requests with (the record has another one). */
    @JsonbCreator
    public LeadRequest {
    }

    /** Without tags and custom fields (other capabilities' creates). */
    public LeadRequest(String name, String companyName, String phone, String email, String source,
                       String sourceDetail, String ownerId, String regionCode, String productLine, String notes) {
        this(name, companyName, phone, email, source, sourceDetail, ownerId, regionCode, productLine, notes, null, null);
    }

    /** Digits with the usual separators and an optional leading +. */
    public static final String PHONE = "\\+?[0-9][0-9 ()\\-]{3,38}";
}
