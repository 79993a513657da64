package io.tradewind.export;

import java.util.List;

/** Reads the rows to export a chunk at a time (e.g. {@code Jpql.list(orderBy, offset, limit)}). */
@FunctionalInterface
public interface ChunkSource<T> {

    List<T> chunk(int offset, int limit);

    /** Rows already in memory: the short lists that are not paged queries (stages, calendar days). */
    static <T> ChunkSource<T> of(List<T> rows) {
        return (offset, limit) -> rows.subList(Math.min(offset, rows.size()), Math.min(offset + limit, rows.size()));
    }
}
