package io.tradewind.web;

import java.net.URI;

/**
 * The stable problem types of the API (RFC 9457). Clients branch on {@link #uri()}; the title is
 * translated from {@code problem.<slug>.title}.
 */
public enum ProblemType {
    VALIDATION("validation", 400),
    MALFORMED_REQUEST("malformed-request", 400),
    TENANT_SELECTION_REQUIRED("tenant-selection-required", 400),
    UNAUTHORIZED("unauthorized", 401),
    INVALID_CREDENTIALS("invalid-credentials", 401),
    ACCOUNT_LOCKED("account-locked", 401),
    ACCOUNT_DISABLED("account-disabled", 401),
    INVALID_TOKEN("invalid-token", 401),
    FORBIDDEN("forbidden", 403),
    TENANT_SUSPENDED("tenant-suspended", 403),
    NOT_FOUND("not-found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", 406),
    CONFLICT("conflict", 409),
    EMAIL_TAKEN("email-taken", 409),
    SEAT_LIMIT_REACHED("seat-limit-reached", 409),
    CONCURRENT_MODIFICATION("concurrent-modification", 409),
    IDEMPOTENCY_IN_PROGRESS("idempotency-in-progress", 409),
    PRECONDITION_FAILED("precondition-failed", 412),
    PAYLOAD_TOO_LARGE("payload-too-large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422),
    PRECONDITION_REQUIRED("precondition-required", 428),
    RATE_LIMITED("rate-limited", 429),
    INTERNAL("internal", 500),
    UNAVAILABLE("unavailable", 503);

    public static final String BASE = "https://tradewind.io/problems/";

    private final String slug;
    private final int status;

    ProblemType(String slug, int status) {
        this.slug = slug;
        this.status = status;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    /** The generic type for an HTTP status that has no more specific one. */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 428 -> PRECONDITION_REQUIRED;
            case 429 -> RATE_LIMITED;
            case 503 -> UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : MALFORMED_REQUEST;
        };
    }
}
