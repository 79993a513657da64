package io.tradewind;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, under /api/v1. Tokens are verified by the mpJwt feature. */
@ApplicationPath("/api/v1")
@LoginConfig(authMethod = "MP-JWT", realmName = "tradewind")
@OpenAPIDefinition(
        info = @Info(title = "Tradewind API", version = "1",
                description = "Multi-tenant sales management. Errors are application/problem+json (RFC 9457); "
                        + "lists answer {items, total, page, size}; updates need If-Match; creates honour Idempotency-Key."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class TradewindApplication extends Application {
}
