package io.tradewind.testkit;

import io.tradewind.api.data.PluginTables;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One tenant's rows of the plugin's tables, in memory, with the host's checks on names: the table
 * must carry the plugin's prefix, columns must be plain identifiers, {@code tenant_id} is the host's.
 */
final class FakeTables implements PluginTables {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private final String prefix;
    private final Map<String, List<Map<String, Object>>> tables;

    FakeTables(String pluginId, Map<String, List<Map<String, Object>>> tables) {
        this.prefix = "p_" + pluginId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_";
        this.tables = tables;
    }

    @Override
    public void insert(String table, Map<String, Object> row) {
        check(table, row.keySet());
        tables.computeIfAbsent(table, t -> new ArrayList<>()).add(new LinkedHashMap<>(row));
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public List<Map<String, Object>> select(String table, Map<String, Object> where, String orderBy, int limit) {
        check(table, where.keySet());
        if (orderBy != null) {
            check(table, List.of(orderBy));
        }
        var rows = matching(table, where).stream();
        if (orderBy != null) {
            rows = rows.sorted(Comparator.comparing(r -> (Comparable) r.get(orderBy), Comparator.nullsFirst(Comparator.naturalOrder())));
        }
        return rows.limit(Math.max(1, Math.min(limit, 500))).map(r -> (Map<String, Object>) new LinkedHashMap<>(r)).toList();
    }

    @Override
    public Optional<Map<String, Object>> find(String table, Map<String, Object> where) {
        return select(table, where, null, 1).stream().findFirst();
    }

    @Override
    public int update(String table, Map<String, Object> where, Map<String, Object> values) {
        check(table, where.keySet());
        check(table, values.keySet());
        List<Map<String, Object>> rows = matching(table, where);
        rows.forEach(r -> r.putAll(values));
        return rows.size();
    }

    @Override
    public int delete(String table, Map<String, Object> where) {
        if (where.isEmpty()) {
            throw new IllegalArgumentException("delete needs at least one condition");
        }
        check(table, where.keySet());
        List<Map<String, Object>> rows = matching(table, where);
        tables.getOrDefault(table, new ArrayList<>()).removeAll(rows);
        return rows.size();
    }

    private List<Map<String, Object>> matching(String table, Map<String, Object> where) {
        return tables.getOrDefault(table, List.of()).stream()
                .filter(r -> where.entrySet().stream().allMatch(c -> Objects.equals(r.get(c.getKey()), c.getValue())))
                .toList();
    }

    private void check(String table, Iterable<String> columns) {
        if (table == null || !IDENTIFIER.matcher(table).matches() || !table.startsWith(prefix)) {
            throw new IllegalArgumentException("Not a table of the plugin (prefix " + prefix + "): " + table);
        }
        for (String column : columns) {
            if (column == null || !IDENTIFIER.matcher(column).matches()) {
                throw new IllegalArgumentException("Not a column name: " + column);
            }
            if (column.equals("tenant_id")) {
                throw new IllegalArgumentException("tenant_id is set by the host");
            }
        }
    }
}
