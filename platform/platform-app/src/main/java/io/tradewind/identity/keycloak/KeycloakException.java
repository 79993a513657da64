package io.tradewind.identity.keycloak;

/** Keycloak answered a call with an unexpected status (or not at all). */
public class KeycloakException extends RuntimeException {

    private final int status;

    public KeycloakException(String message, int status) {
        super(message);
        this.status = status;
    }

    public KeycloakException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    /** The HTTP status Keycloak answered with, 0 when it could not be reached. */
    public int status() {
        return status;
    }

    public boolean conflict() {
        return status == 409;
    }
}
