package io.tradewind.persistence;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;

/** JSON for stored documents (audit snapshots, event payloads) with the API's own conventions. */
public final class JsonText {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private JsonText() {
    }

    public static String write(Object value) {
        return value == null ? null : JSONB.toJson(value);
    }

    public static JsonValue parse(String text) {
        if (text == null) {
            return JsonValue.NULL;
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }
}
