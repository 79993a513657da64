package io.tradewind.identity.keycloak;

import io.tradewind.access.Public;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tells the console how users sign in: the built-in form, or Keycloak's login with PKCE (ADR 0800). */
@Path("/public/identity")
@Public
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
public class PublicIdentityResource {

    /** The identity provider in use; {@code issuer} and {@code clientId} only in Keycloak mode. */
    public record IdentityMode(String mode, String issuer, String clientId) {
    }

    @Inject
    KeycloakSettings settings;

    @GET
    @Operation(summary = "Which identity provider signs users in")
    @APIResponse(responseCode = "200", description = "The mode", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "keycloak",
                    value = "{\"mode\":\"keycloak\",\"issuer\":\"http://localhost:8180/realms/tradewind\",\"clientId\":\"tradewind-console\"}")))
    public IdentityMode identity() {
        return settings.enabled()
                ? new IdentityMode("keycloak", settings.realmUrl(), settings.consoleClientId())
                : new IdentityMode("builtin", null, null);
    }
}
