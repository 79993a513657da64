package io.tradewind.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the sign-in endpoints. */
public final class AuthRequests {

    private AuthRequests() {
    }

    @Schema(name = "LoginRequest")
    public record Login(
            @NotBlank @Size(max = 254) @Schema(example = "admin@example.com") String email,
            @NotBlank @Size(max = 128) @Schema(example = "Secret-Passw0rd") String password,
            @Size(max = 40) @Schema(description = "Needed only when the e-mail and password open several tenants")
            String tenantCode) {
    }

    @Schema(name = "RefreshRequest")
    public record Refresh(@NotBlank @Size(max = 200) String refreshToken) {
    }

    @Schema(name = "PasswordResetRequest")
    public record ResetRequest(@NotBlank @Size(max = 254) @Schema(example = "admin@example.com") String email) {
    }

    @Schema(name = "PasswordResetConfirmation")
    public record ResetConfirmation(@NotBlank @Size(max = 200) String token,
                                    @NotBlank @Size(max = 128) String password) {
    }

    @Schema(name = "InvitationAcceptance")
    public record InvitationAcceptance(@NotBlank @Size(max = 200) String token,
                                       @NotBlank @Size(max = 128) String password,
                                       @Size(max = 100) String name) {
    }
}
