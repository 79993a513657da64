package io.tradewind.api.data;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rows of the tables the plugin's own migrations created ({@code db/plugin/V<n>__*.sql}, see {@link
 * DataModel}), limited to the tenant of the call.
 *
 * <p>The host sets {@code tenant_id} on every row written and adds {@code tenant_id = <tenant>} to
 * every statement; a plugin cannot name {@code tenant_id} itself, nor a table outside its prefix.
 * Conditions are column equalities joined by AND, values are bound as parameters (never part of the
 * SQL text), and column names must be plain identifiers of the table. Rows come back as maps keyed
 * by lower-case column name, without {@code tenant_id}.
 */
public interface PluginTables {

    /**
     * Inserts a row for the tenant.
     *
     * @param table the table, with the plugin's prefix
     * @param row column values by column name (without {@code tenant_id})
     * @throws IllegalArgumentException when the table or a column is not the plugin's
     */
    void insert(String table, Map<String, Object> row);

    /**
     * The tenant's rows that match every condition.
     *
     * @param table the table, with the plugin's prefix
     * @param where column values the rows must equal; empty for all of the tenant's rows
     * @param orderBy a column to sort by (ascending), or {@code null}
     * @param limit at most this many rows (the host caps it at 500)
     * @return the rows
     * @throws IllegalArgumentException when the table or a column is not the plugin's
     */
    List<Map<String, Object>> select(String table, Map<String, Object> where, String orderBy, int limit);

    /**
     * The tenant's one row that matches every condition.
     *
     * @param table the table, with the plugin's prefix
     * @param where column values the row must equal
     * @return the first matching row, empty when the tenant has none
     */
    Optional<Map<String, Object>> find(String table, Map<String, Object> where);

    /**
     * Changes the tenant's rows that match every condition.
     *
     * @param table the table, with the plugin's prefix
     * @param where column values the rows must equal
     * @param values the new column values
     * @return how many rows changed
     */
    int update(String table, Map<String, Object> where, Map<String, Object> values);

    /**
     * Deletes the tenant's rows that match every condition.
     *
     * @param table the table, with the plugin's prefix
     * @param where column values the rows must equal (at least one)
     * @return how many rows were deleted
     */
    int delete(String table, Map<String, Object> where);
}
