package io.tradewind.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns {@code sort=-createdAt,name} into a JPQL ORDER BY over the fields a list allows; any other
 * field is a 400 naming {@code sort}. The entity's id always ends the order so pages are stable.
 */
public final class Sorting {

    private Sorting() {
    }

    /**
     * @param sort the client's sort parameter, may be blank
     * @param allowed API field name to JPQL path, e.g. {@code "createdAt" -> "e.createdAt"}
     * @param fallback the ORDER BY body when the client asks for none
     * @param idPath the JPQL path of the id, the final tie-breaker
     */
    public static String orderBy(String sort, Map<String, String> allowed, String fallback, String idPath) {
        if (sort == null || sort.isBlank()) {
            return " ORDER BY " + fallback + ", " + idPath;
        }
        List<String> parts = new ArrayList<>();
        for (String raw : sort.split(",")) {
            String field = raw.trim();
            boolean descending = field.startsWith("-");
            String name = descending || field.startsWith("+") ? field.substring(1) : field;
            String path = allowed.get(name);
            if (path == null) {
                throw Problems.invalid("sort", "validation.sort", name, String.join(", ", allowed.keySet()));
            }
            parts.add(path + (descending ? " DESC" : " ASC"));
        }
        parts.add(idPath);
        return " ORDER BY " + String.join(", ", parts);
    }
}
