package io.tradewind.api.settings;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A tenant's settings of a plugin: the JSON object the tenant admin saved, as Java values
 * ({@link String}, {@link BigDecimal}, {@link Boolean}, {@link List}, {@link Map}; JSON null is
 * absent).
 *
 * @param json the settings as the JSON text that was validated
 * @param values the top-level members of that object
 */
public record PluginSettings(String json, Map<String, Object> values) {

    /** No settings. */
    public static final PluginSettings EMPTY = new PluginSettings("{}", Map.of());

    /**
     * Copies the values into an unmodifiable map.
     */
    public PluginSettings {
        Objects.requireNonNull(json, "json");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(values, "values")));
    }

    /**
     * A text setting.
     *
     * @param name the member name
     * @return its value, empty when absent or not a string
     */
    public Optional<String> string(String name) {
        return values.get(name) instanceof String text ? Optional.of(text) : Optional.empty();
    }

    /**
     * A numeric setting.
     *
     * @param name the member name
     * @return its value, empty when absent or not a number
     */
    public Optional<BigDecimal> number(String name) {
        Object value = values.get(name);
        if (value instanceof BigDecimal decimal) {
            return Optional.of(decimal);
        }
        return value instanceof Number number ? Optional.of(new BigDecimal(number.toString())) : Optional.empty();
    }

    /**
     * A boolean setting.
     *
     * @param name the member name
     * @return its value, empty when absent or not a boolean
     */
    public Optional<Boolean> flag(String name) {
        return values.get(name) instanceof Boolean flag ? Optional.of(flag) : Optional.empty();
    }
}
