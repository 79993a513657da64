package io.tradewind.signup;

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

/** Online subscription: one call creates a company's tenant and its administrator. */
@Path("/signup")
@Public
@Tag(name = "Signup")
public class SignupResource {

    @Inject
    SignupService signups;

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
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignupResponse.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe: create a tenant on the trial plan and its administrator",
            description = "409 email-taken when the e-mail already has an account; 400 naming the field for a bad e-mail or weak password.")
    public Response signup(@Valid @NotNull SignupRequest request) {
        rateLimiter.acquire("signup:" + http.getRemoteAddr(), signupsPerMinute);
        SignupResponse created = signups.signup(request);
        return Response.created(uri.getBaseUriBuilder().path("tenant").build()).entity(created).build();
    }
}
