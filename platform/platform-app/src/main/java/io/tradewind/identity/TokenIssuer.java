package io.tradewind.identity;

import io.tradewind.persistence.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/** Issues the built-in provider's RS256 access tokens, which the mpJwt feature verifies. */
@ApplicationScoped
public class TokenIssuer {

    @Inject
    SigningKeys keys;

    @Inject
    @ConfigProperty(name = "TRADEWIND_JWT_ISSUER", defaultValue = "tradewind")
    String issuer;

    @Inject
    @ConfigProperty(name = "TRADEWIND_ACCESS_TOKEN_SECONDS", defaultValue = "900")
    long accessTokenSeconds;

    /** The subject of a token: who, in which tenant, with which roles. */
    public record Subject(long tenantId, String tenantCode, long userId, String email, String name, List<String> roles) {
    }

    public long accessTokenSeconds() {
        return accessTokenSeconds;
    }

    public String issue(Subject subject) {
        long now = System.currentTimeMillis() / 1000;
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(TokenClaims.AUDIENCE);
        claims.setSubject(Ids.format(subject.userId()));
        claims.setGeneratedJwtId();
        claims.setIssuedAt(org.jose4j.jwt.NumericDate.fromSeconds(now));
        claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(now + accessTokenSeconds));
        claims.setClaim(TokenClaims.UPN, subject.email());
        claims.setClaim(TokenClaims.NAME, subject.name());
        claims.setClaim(TokenClaims.TENANT_ID, Ids.format(subject.tenantId()));
        claims.setClaim(TokenClaims.TENANT_CODE, subject.tenantCode());
        claims.setStringListClaim(TokenClaims.GROUPS, subject.roles());
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(keys.current().getPrivateKey());
        jws.setKeyIdHeaderValue(keys.current().getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
    }
}
