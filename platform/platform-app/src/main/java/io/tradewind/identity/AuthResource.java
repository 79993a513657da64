package io.tradewind.identity;

import io.tradewind.access.Public;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Built-in sign-in: tokens, refresh, sign-out, password resets, invitations, and the public keys. */
@Path("/auth")
@Public
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
public class AuthResource {

    @Inject
    Authenticator authenticator;

    @Inject
    AccountLinks accountLinks;

    @Inject
    SigningKeys keys;

    @Inject
    BuiltinIdentityOnly builtinOnly;

    @POST
    @Path("/token")
    @Operation(summary = "Sign in with e-mail and password",
            description = "Add tenantCode when the same e-mail and password open several tenants (400 tenant-selection-required lists them).")
    public TokenResponse token(@Valid @NotNull AuthRequests.Login request) {
        builtinOnly.require();
        return authenticator.login(request.email(), request.password(), request.tenantCode());
    }

    @POST
    @Path("/refresh")
    @Operation(summary = "Trade a refresh token for a new session (the old refresh token stops working)")
    public TokenResponse refresh(@Valid @NotNull AuthRequests.Refresh request) {
        builtinOnly.require();
        return authenticator.refresh(request.refreshToken());
    }

    @POST
    @Path("/logout")
    @Operation(summary = "End a session")
    public Response logout(@Valid @NotNull AuthRequests.Refresh request) {
        builtinOnly.require();
        authenticator.logout(request.refreshToken());
        return Response.noContent().build();
    }

    @POST
    @Path("/password-reset")
    @Operation(summary = "Mail a password-reset link", description = "Always 202, whether or not the e-mail is known.")
    public Response requestPasswordReset(@Valid @NotNull AuthRequests.ResetRequest request) {
        builtinOnly.require();
        accountLinks.requestPasswordReset(request.email());
        return Response.accepted().build();
    }

    @POST
    @Path("/password-reset/confirm")
    @Operation(summary = "Set a new password with a reset link's token")
    public Response resetPassword(@Valid @NotNull AuthRequests.ResetConfirmation request) {
        builtinOnly.require();
        accountLinks.resetPassword(request.token(), request.password());
        return Response.noContent().build();
    }

    @POST
    @Path("/invitations/accept")
    @Operation(summary = "Accept an invitation: set a password and sign in")
    public TokenResponse acceptInvitation(@Valid @NotNull AuthRequests.InvitationAcceptance request) {
        return accountLinks.acceptInvitation(request.token(), request.password(), request.name());
    }

    @GET
    @Path("/jwks")
    @Operation(summary = "The public keys that verify access tokens (JWKS)")
    public Response jwks() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(keys.jwks(), MediaType.APPLICATION_JSON).cacheControl(cache).build();
    }
}
