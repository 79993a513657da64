package io.tradewind.export;

import java.util.List;
import java.util.function.Function;

/** Reads the rows to export a chunk at a time (e.g. {@code Jpql.list(orderBy, offset, limit)}). */
@FunctionalInterface
public interface ChunkSource<T> {

    List<T> chunk(int offset, int limit);

    /** The same chunks with each row turned into what the columns read (an entity into its view). */
    default <V> ChunkSource<V> map(Function<? super T, ? extends V> mapper) {
        return (offset, limit) -> chunk(offset, limit).stream().<V>map(mapper).toList();
    }

    /** Rows already in memory: the short lists that are not paged queries (stages, calendar days). */
    static <T> ChunkSource<T> of(List<T> rows) {
        return (offset, limit) -> rows.subList(Math.min(offset, rows.size()), Math.min(offset + limit, rows.size()));
    }
}
