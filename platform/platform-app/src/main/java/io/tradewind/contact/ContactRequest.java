package io.tradewind.contact;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbCreator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

/** A new contact, usually of a customer (whose owner then owns it too). */
@Schema(name = "ContactRequest")
public record ContactRequest(
        @NotBlank @Size(max = 100) @Schema(examples = "李主任") String name,
        @Schema(description = "The customer's id") String customerId,
        @Size(max = 100) @Schema(examples = "设备科主任") String title,
        @Size(max = 40) @Schema(examples = "025-88886666") String phone,
        @Size(max = 40) @Schema(examples = "13800138000") String mobile,
        @Email @Size(max = 254) @Schema(examples = "li@huakang.example") String email,
        @Size(max = 100) String wechat,
        @Schema(examples = "1980-05-20") LocalDate birthday,
        @Size(max = 20) List<@Valid CareDate> careDates,
        Boolean primaryContact,
        @Size(max = 2000) String notes,
        @Size(max = 20) List<String> tags,
        @Schema(type = SchemaType.OBJECT, description = "Custom field values by code (GET /custom-fields)")
        JsonObject customFields) {

    /** The constructor JSON-B reads requests with (the record has another one). */
    @JsonbCreator
    public ContactRequest {
    }

    /** Without custom fields (other capabilities' creates). */
    public ContactRequest(String name, String customerId, String title, String phone, String mobile, String email,
                          String wechat, LocalDate birthday, List<CareDate> careDates, Boolean primaryContact,
                          String notes, List<String> tags) {
        this(name, customerId, title, phone, mobile, email, wechat, birthday, careDates, primaryContact, notes, tags, null);
    }


    /** The usual fields, for other capabilities (lead conversion). */
    public static ContactRequest of(String name, String customerId, String mobile, String email, JsonObject customFields) {
        return new ContactRequest(name, customerId, null, null, mobile, email, null, null, null, true, null, null,
                customFields);
    }
}
