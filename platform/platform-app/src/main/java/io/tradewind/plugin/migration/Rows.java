package io.tradewind.plugin.migration;

import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Rows of plugin tables as JSON-friendly maps by lower-case column name, without {@code tenant_id}. */
public final class Rows {

    private Rows() {
    }

    public static List<Map<String, Object>> all(ResultSet rows) throws SQLException {
        List<Map<String, Object>> all = new ArrayList<>();
        ResultSetMetaData meta = rows.getMetaData();
        while (rows.next()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String column = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
                if (!column.equals("tenant_id")) {
                    row.put(column, plain(rows.getObject(i)));
                }
            }
            all.add(row);
        }
        return all;
    }

    // Times are stored as UTC wall-clock values, as the core stores them (InstantConverter).
    private static Object plain(Object value) throws SQLException {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC).toString();
        }
        if (value instanceof LocalDateTime time) {
            return time.toInstant(ZoneOffset.UTC).toString();
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (value instanceof java.util.Date || value instanceof java.time.temporal.Temporal) {
            return value.toString();
        }
        return value;
    }
}
