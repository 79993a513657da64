package io.tradewind.export;

import io.tradewind.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Builds the columns of an export whose headers are the message keys {@code <prefix><field>} in the caller's language. */
public final class ExportColumns<T> {

    private final String keyPrefix;
    private final List<ExportColumn<T>> columns = new ArrayList<>();

    private ExportColumns(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    /** {@code keyPrefix} ends with a dot, e.g. {@code "accounts.product-category.field."}. */
    public static <T> ExportColumns<T> headed(String keyPrefix) {
        return new ExportColumns<>(keyPrefix);
    }

    public ExportColumns<T> add(String field, Function<T, Object> value) {
        columns.add(new ExportColumn<>(Messages.get(keyPrefix + field), value));
        return this;
    }

    public List<ExportColumn<T>> list() {
        return List.copyOf(columns);
    }
}
