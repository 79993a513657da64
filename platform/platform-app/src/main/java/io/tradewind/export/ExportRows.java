package io.tradewind.export;

import java.util.List;
import java.util.function.Function;

/**
 * What an export does with each chunk its query reads, where a view per row is not enough: turns the
 * chunk into the rows the columns read (with what it needs read once per chunk, e.g. the records'
 * custom field values or related records) and adds columns after the list's own.
 *
 * <p>Two abstract methods on purpose: a lambda handed to {@link Exporter} is then always the per-row view.
 */
public interface ExportRows<T, V> {

    List<V> rows(List<T> chunk);

    /** The list's {@code own} columns followed by any this adds. */
    List<ExportColumn<V>> columns(List<ExportColumn<V>> own);

    /** Rows made a chunk at a time (e.g. each with its related record, read in one query); no columns added. */
    static <T, V> ExportRows<T, V> chunked(Function<List<T>, List<V>> rows) {
        return new ExportRows<>() {
            @Override
            public List<V> rows(List<T> chunk) {
                return rows.apply(chunk);
            }

            @Override
            public List<ExportColumn<V>> columns(List<ExportColumn<V>> own) {
                return own;
            }
        };
    }
}
