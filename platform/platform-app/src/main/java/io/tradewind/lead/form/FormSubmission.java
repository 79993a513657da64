package io.tradewind.lead.form;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.tradewind.lead.LeadRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a visitor submits. {@code website} is the honeypot: a field hidden from people, so a value
 * in it means a bot filled the form. {@code token} is the fill token from GET of the form.
 */
@Schema(name = "LeadFormSubmission")
public record FormSubmission(
        @NotBlank @Size(max = 100) @Schema(examples = "李娜") String name,
        @Size(max = 200) @Schema(examples = "康宁诊所") String companyName,
        @Size(max = 40) @Pattern(regexp = LeadRequest.PHONE) @Schema(examples = "13900139000") String phone,
        @Size(max = 254) @Email @Schema(examples = "lina@kangning.example") String email,
        @Size(max = 2000) @Schema(examples = "想了解便携式超声的代理条件") String message,
        @Size(max = 20) String regionCode,
        @Size(max = 100) String productLine,
        @Schema(description = "Honeypot: leave empty") String website,
        @NotBlank @Schema(examples = "1767225600000.signature") String token) {
}
