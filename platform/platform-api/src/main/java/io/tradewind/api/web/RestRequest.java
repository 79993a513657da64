package io.tradewind.api.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to a plugin's REST contribution.
 *
 * @param method the HTTP method, upper case
 * @param path the path below {@code /api/v1/plugins/{pluginId}}, starting with {@code /}
 * @param query the query parameters
 * @param body the request body (JSON text), empty for none
 * @param caller the signed-in user
 */
public record RestRequest(String method, String path, Map<String, List<String>> query, String body, Caller caller) {

    /** Checks the parts and copies the query. */
    public RestRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = Map.copyOf(Objects.requireNonNull(query, "query"));
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(caller, "caller");
    }

    /**
     * The first value of a query parameter.
     *
     * @param name the parameter name
     * @return its first value, empty when absent
     */
    public Optional<String> param(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
