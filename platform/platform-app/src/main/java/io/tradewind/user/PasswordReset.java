package io.tradewind.user;

/**
 * The answer to an admin's password reset: the new invitation's link for a user who never accepted,
 * or, in Keycloak mode, whether Keycloak mailed its update-password link (the required action is set
 * either way). Absent fields are left out of the JSON.
 */
public record PasswordReset(String inviteUrl, String requiredAction, Boolean keycloakMailSent) {

    static final PasswordReset MAILED = new PasswordReset(null, null, null);

    static PasswordReset invited(String inviteUrl) {
        return new PasswordReset(inviteUrl, null, null);
    }

    static PasswordReset inKeycloak(boolean mailSent) {
        return new PasswordReset(null, io.tradewind.identity.keycloak.KeycloakUsers.UPDATE_PASSWORD, mailSent);
    }
}
