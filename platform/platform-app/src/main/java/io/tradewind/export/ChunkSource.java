package io.tradewind.export;

import java.util.List;

/** Reads the rows to export a chunk at a time (e.g. {@code Jpql.list(orderBy, offset, limit)}). */
@FunctionalInterface
public interface ChunkSource<T> {

    List<T> chunk(int offset, int limit);
}
