package io.tradewind.signup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A company subscribing online. */
@Schema(name = "SignupRequest")
public record SignupRequest(
        @NotBlank @Size(min = 2, max = 200) @Schema(example = "华康医疗器械有限公司") String companyName,
        @NotBlank @Size(max = 100) @Schema(example = "王经理") String adminName,
        @NotBlank @Size(max = 254) @Schema(example = "admin@huakang.example") String email,
        @NotBlank @Size(max = 128) @Schema(example = "Secret-Passw0rd") String password,
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,38}[a-z0-9]")
        @Schema(description = "Short tenant code used to sign in (3–40 of a–z, 0–9, -); derived when absent",
                example = "huakang") String code,
        @Pattern(regexp = "zh-CN|en") @Schema(example = "zh-CN") String locale,
        @Schema(description = "Fill the new tenant with demo data (a medical-device distributor, in Chinese); ADR 0138")
        Boolean demoData) {
}
