package io.tradewind.web;

import io.tradewind.i18n.Messages;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.Map;

/** Renders a problem as {@code application/problem+json}, the same for JAX-RS and servlet errors. */
public final class ProblemDocument {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemDocument() {
    }

    public static JsonObject render(ProblemException problem, String instance) {
        ProblemType type = problem.type();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", type.uri().toString())
                .add("title", Messages.get("problem." + type.slug() + ".title"))
                .add("status", type.status());
        if (problem.detail() != null) {
            json.add("detail", problem.detail());
        }
        if (instance != null) {
            json.add("instance", instance);
        }
        RequestIds.current().ifPresent(id -> json.add("requestId", id));
        if (!problem.errors().isEmpty()) {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            problem.errors().forEach(error -> errors.add(Json.createObjectBuilder()
                    .add("field", error.field())
                    .add("message", error.message())));
            json.add("errors", errors);
        }
        problem.extensions().forEach((name, value) -> json.add(name, toJson(value)));
        return json.build();
    }

    public static Response response(ProblemException problem, String instance) {
        Response.ResponseBuilder response = Response.status(problem.type().status())
                .type(MEDIA_TYPE)
                .entity(render(problem, instance).toString());
        problem.headers().forEach(response::header);
        return response.build();
    }

    private static JsonValue toJson(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof Number number) {
            return Json.createValue(number.longValue());
        }
        if (value instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Collection<?> items) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            items.forEach(item -> array.add(toJson(item)));
            return array.build();
        }
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            map.forEach((key, item) -> object.add(String.valueOf(key), toJson(item)));
            return object.build();
        }
        return Json.createValue(String.valueOf(value));
    }
}
