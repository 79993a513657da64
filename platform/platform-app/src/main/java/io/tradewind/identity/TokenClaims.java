package io.tradewind.identity;

/** The claims Tradewind's access tokens carry, whichever identity provider issued them. */
public final class TokenClaims {

    /** The tenant's id (API form). */
    public static final String TENANT_ID = "tid";
    /** The tenant's code, for display and logs. */
    public static final String TENANT_CODE = "tenant";
    /** Role codes; mpJwt maps them to the caller's groups. */
    public static final String GROUPS = "groups";
    public static final String UPN = "upn";
    public static final String NAME = "name";
    public static final String AUDIENCE = "tradewind";

    private TokenClaims() {
    }
}
