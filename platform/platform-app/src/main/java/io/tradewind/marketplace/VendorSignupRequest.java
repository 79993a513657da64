package io.tradewind.marketplace;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plugin vendor registering for the marketplace. */
@Schema(name = "VendorSignupRequest")
public record VendorSignupRequest(
        @NotBlank @Size(min = 2, max = 200) @Schema(example = "Acme Plugins Ltd") String name,
        @NotBlank @Size(max = 254) @Schema(example = "dev@acme-plugins.example") String email,
        @NotBlank @Size(max = 128) @Schema(example = "Secret-Passw0rd") String password,
        @Pattern(regexp = "zh-CN|en") @Schema(example = "en") String locale) {
}
