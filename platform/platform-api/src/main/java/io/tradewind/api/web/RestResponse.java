package io.tradewind.api.web;

import java.util.Objects;

/**
 * A plugin's answer to a REST request. Answers with status 400 or more are sent as
 * {@code application/problem+json} by the host, with {@code code} as the problem's type suffix
 * and {@code body} as its detail.
 *
 * @param status the HTTP status
 * @param body a JSON document for success, a readable detail for a problem
 * @param code a stable problem code (such as {@code agreement-expired}); {@code null} for success
 */
public record RestResponse(int status, String body, String code) {

    /**
     * Checks the status.
     *
     * @throws IllegalArgumentException when the status is not 200–599
     */
    public RestResponse {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("status must be 200-599");
        }
        Objects.requireNonNull(body, "body");
    }

    /**
     * A {@code 200} answer.
     *
     * @param json the JSON document
     * @return the response
     */
    public static RestResponse ok(String json) {
        return new RestResponse(200, json, null);
    }

    /**
     * A {@code 201} answer.
     *
     * @param json the created resource as JSON
     * @return the response
     */
    public static RestResponse created(String json) {
        return new RestResponse(201, json, null);
    }

    /**
     * A problem answer.
     *
     * @param status the HTTP status, 400 or more
     * @param code the stable problem code
     * @param detail a readable detail, in the caller's language
     * @return the response
     */
    public static RestResponse problem(int status, String code, String detail) {
        if (status < 400) {
            throw new IllegalArgumentException("a problem has a status of 400 or more");
        }
        return new RestResponse(status, detail, Objects.requireNonNull(code, "code"));
    }

    /**
     * Whether this answer is a problem.
     *
     * @return whether the status is 400 or more
     */
    public boolean isProblem() {
        return status >= 400;
    }
}
