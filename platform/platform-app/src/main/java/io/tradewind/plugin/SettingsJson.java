package io.tradewind.plugin;

import io.tradewind.api.settings.PluginSettings;
import io.tradewind.persistence.JsonText;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns stored JSON (plugin settings, custom-object records) into the SPI's plain values. */
final class SettingsJson {

    private SettingsJson() {
    }

    static PluginSettings toSettings(String json) {
        JsonValue value = JsonText.parse(json);
        if (!(value instanceof JsonObject object)) {
            return PluginSettings.EMPTY;
        }
        return new PluginSettings(json, toMap(object));
    }

    static Map<String, Object> toMap(JsonObject object) {
        Map<String, Object> map = new LinkedHashMap<>();
        object.forEach((name, member) -> {
            Object plain = plain(member);
            if (plain != null) {
                map.put(name, plain);
            }
        });
        return map;
    }

    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            case OBJECT -> toMap(value.asJsonObject());
            case ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonValue item : (JsonArray) value) {
                    list.add(plain(item));
                }
                yield list;
            }
        };
    }
}
