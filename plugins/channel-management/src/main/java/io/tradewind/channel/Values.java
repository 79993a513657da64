package io.tradewind.channel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reading loosely typed values (parsed JSON, custom-object fields) into the plugin's types. */
final class Values {

    private Values() {
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static String text(Map<String, Object> map, String name) {
        return text(map.get(name));
    }

    static BigDecimal decimal(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d;
        }
        try {
            return new BigDecimal(value.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + value);
        }
    }

    static Long id(Object value) {
        BigDecimal d = decimal(value);
        return d == null ? null : d.longValueExact();
    }

    static boolean flag(Object value) {
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }

    /** A JSON array of strings, or a stored JSON text holding one. */
    static List<String> strings(Object value) {
        Object list = value instanceof String s && s.startsWith("[") ? Json.object("{\"v\":" + s + "}").get("v") : value;
        List<String> out = new ArrayList<>();
        if (list instanceof List<?> items) {
            for (Object item : items) {
                if (item != null && !item.toString().isBlank()) {
                    out.add(item.toString().trim());
                }
            }
        } else if (list != null && !list.toString().isBlank()) {
            throw new IllegalArgumentException("expected a list: " + list);
        }
        return out;
    }

    /** A JSON object, or a stored JSON text holding one. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        if (value instanceof String s && !s.isBlank()) {
            return Json.object(s);
        }
        return Map.of();
    }

    /** A JSON array of objects, or a stored JSON text holding one. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> objects(Object value) {
        Object list = value instanceof String s && s.startsWith("[") ? Json.object("{\"v\":" + s + "}").get("v") : value;
        List<Map<String, Object>> out = new ArrayList<>();
        if (list instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> map) {
                    out.add((Map<String, Object>) map);
                }
            }
        }
        return out;
    }
}
