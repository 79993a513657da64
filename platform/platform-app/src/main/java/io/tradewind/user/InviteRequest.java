package io.tradewind.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Invites a person into the tenant; they set their password from the mailed link. */
@Schema(name = "InviteRequest")
public record InviteRequest(
        @NotBlank @Size(max = 254) @Schema(example = "rep@example.com") String email,
        @NotBlank @Size(max = 100) @Schema(example = "李销售") String name,
        @NotEmpty @Size(max = 20) @Schema(example = "[\"sales-rep\"]") List<@NotBlank String> roles,
        @Schema(description = "Department id; the root department when absent") String departmentId,
        @Pattern(regexp = "zh-CN|en") @Schema(example = "zh-CN") String locale,
        @Size(max = 40) String phone) {
}
