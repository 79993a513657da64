package io.tradewind.identity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a successful sign-in returns. */
@Schema(name = "TokenResponse")
public record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn,
                            long refreshExpiresIn) {
}
