package io.tradewind.web;

import java.util.List;
import java.util.function.Function;

/**
 * Every list the API answers: {@code {"items":[…],"total":N,"page":p,"size":s}}.
 *
 * @param items the requested page
 * @param total how many items match, over all pages
 * @param page the 1-based page number
 * @param size the page size asked for
 */
public record Page<T>(List<T> items, long total, int page, int size) {

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, page, size);
    }
}
