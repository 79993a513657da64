package io.tradewind.marketplace;

import io.tradewind.access.Public;
import io.tradewind.web.RateLimiter;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Vendor registration, open to anyone (rate-limited like tenant signup). */
@Path("/public/marketplace/vendors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Marketplace")
public class VendorSignupResource {

    @Inject
    VendorService vendors;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    @ConfigProperty(name = "TRADEWIND_SIGNUP_RATE_PER_MINUTE", defaultValue = "10")
    int signupsPerMinute;

    @Context
    HttpServletRequest http;

    @Context
    UriInfo uri;

    @POST
        @Public
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VendorView.class)))
    @Operation(summary = "Register as a plugin vendor",
            description = "Creates the vendor and its sign-in (POST /auth/token with tenantCode platform). "
                    + "409 email-taken when the e-mail already has an account.")
    public Response signup(@Valid @NotNull VendorSignupRequest request) {
        rateLimiter.acquire("vendor-signup:" + http.getRemoteAddr(), signupsPerMinute);
        VendorView vendor = vendors.signup(request);
        return Response.created(uri.getBaseUriBuilder().path("marketplace/vendor").build()).entity(vendor).build();
    }
}
