package io.tradewind.customfield;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a custom field holds, and so which column of {@code custom_field_value} stores it. */
public enum FieldType {
    TEXT, NUMBER, DATE, CHOICE, LOOKUP;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FieldType> byCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(t -> t.code().equals(code.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}
