package io.tradewind.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns {@code sort=-createdAt,name} into a JPQL ORDER BY over the fields a list allows; any other
 * field is a 400 naming {@code sort}. The entity's id always ends the order so pages are stable; it
 * runs in the direction of the key before it, so that an index on {@code (tenant_id, key, id)} is read
 * in one direction instead of sorting (ADR 0126).
 */
public final class Sorting {

    private Sorting() {
    }

    /**
     * @param sort the client's sort parameter, may be blank
     * @param allowed API field name to JPQL path, e.g. {@code "createdAt" -> "e.createdAt"}
     * @param fallback the ORDER BY body when the client asks for none
     * @param idPath the JPQL path of the id, the final tie-breaker; with a direction of its own
     *               (e.g. {@code "e.id DESC"}) it keeps it
     */
    public static String orderBy(String sort, Map<String, String> allowed, String fallback, String idPath) {
        if (sort == null || sort.isBlank()) {
            return " ORDER BY " + fallback + ", " + tieBreaker(fallback, idPath);
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
        parts.add(tieBreaker(parts.get(parts.size() - 1), idPath));
        return " ORDER BY " + String.join(", ", parts);
    }

    private static String tieBreaker(String keys, String idPath) {
        boolean ownDirection = idPath.strip().contains(" ");
        return ownDirection || !keys.strip().toUpperCase().endsWith(" DESC") ? idPath : idPath + " DESC";
    }
}
