package io.tradewind.plugin.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a plugin's migrations may do (ADR 0203): create, alter and drop tables and indexes whose names
 * start with the plugin's prefix; every table keyed by {@code tenant_id} first, every index led by
 * it. Anything else (touching core tables, DML, grants, procedures) rejects the plugin.
 */
public final class SchemaRules {

    /** Where a plugin package keeps its migrations. */
    public static final String LOCATION = "db/plugin/";
    static final Pattern SCRIPT_NAME = Pattern.compile("V[0-9]+(_[0-9]+)*__[A-Za-z0-9_]+\\.sql");
    private static final String NAME = "([A-Za-z_][A-Za-z0-9_]*)";
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "CREATE TABLE (IF NOT EXISTS )?" + NAME + " ?\\((.*)\\)( .*)?", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern PRIMARY_KEY = Pattern.compile("PRIMARY KEY ?\\( ?([A-Za-z0-9_]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREATE_INDEX = Pattern.compile(
            "CREATE (UNIQUE )?INDEX " + NAME + " ON " + NAME + " ?\\( ?([A-Za-z0-9_]+).*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ALTER_TABLE = Pattern.compile("ALTER TABLE " + NAME + " (.*)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern DROP_TABLE = Pattern.compile("DROP TABLE (IF EXISTS )?" + NAME, Pattern.CASE_INSENSITIVE);
    private static final Pattern DROP_INDEX = Pattern.compile("DROP INDEX " + NAME + " ON " + NAME, Pattern.CASE_INSENSITIVE);

    private SchemaRules() {
    }

    /** {@code p_<pluginId>_}, dashes and dots as underscores, lower case. */
    public static String prefix(String pluginId) {
        return "p_" + pluginId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_";
    }

    /** The plugin's Flyway history table. */
    public static String historyTable(String pluginId) {
        return prefix(pluginId) + "schema_history";
    }

    /**
     * Everything wrong with a plugin's scripts, empty when the host may run them.
     *
     * @param scripts script text by file name (without the folder)
     */
    public static List<String> violations(String pluginId, Map<String, String> scripts) {
        String prefix = prefix(pluginId);
        List<String> problems = new ArrayList<>();
        scripts.forEach((name, sql) -> {
            if (!SCRIPT_NAME.matcher(name).matches()) {
                problems.add(name + ": not a migration name (V<n>__<description>.sql)");
                return;
            }
            for (String statement : statements(sql)) {
                String problem = check(prefix, pluginId, statement);
                if (problem != null) {
                    problems.add(name + ": " + problem);
                }
            }
        });
        return problems;
    }

    private static String check(String prefix, String pluginId, String statement) {
        String shown = statement.length() > 80 ? statement.substring(0, 80) + "…" : statement;
        Matcher m;
        if ((m = CREATE_TABLE.matcher(statement)).matches()) {
            String table = m.group(2);
            String problem = ownTable(prefix, pluginId, table);
            if (problem != null) {
                return problem;
            }
            Matcher key = PRIMARY_KEY.matcher(m.group(3));
            if (!key.find() || !key.group(1).equalsIgnoreCase("tenant_id")) {
                return "table " + table + " must have a PRIMARY KEY led by tenant_id";
            }
            if (key.find()) {
                return "table " + table + " declares more than one primary key";
            }
            return null;
        }
        if ((m = CREATE_INDEX.matcher(statement)).matches()) {
            String problem = ownTable(prefix, pluginId, m.group(3));
            if (problem != null) {
                return problem;
            }
            return m.group(4).equalsIgnoreCase("tenant_id") ? null
                    : "index " + m.group(2) + " must be led by tenant_id";
        }
        if ((m = ALTER_TABLE.matcher(statement)).matches()) {
            String problem = ownTable(prefix, pluginId, m.group(1));
            if (problem != null) {
                return problem;
            }
            return m.group(2).toUpperCase(Locale.ROOT).contains("PRIMARY KEY")
                    ? "table " + m.group(1) + ": the primary key cannot be changed" : null;
        }
        if ((m = DROP_TABLE.matcher(statement)).matches()) {
            return ownTable(prefix, pluginId, m.group(2));
        }
        if ((m = DROP_INDEX.matcher(statement)).matches()) {
            return ownTable(prefix, pluginId, m.group(2));
        }
        return "only CREATE/ALTER/DROP TABLE and CREATE/DROP INDEX are allowed: " + shown;
    }

    private static String ownTable(String prefix, String pluginId, String table) {
        String name = table.toLowerCase(Locale.ROOT);
        if (!name.startsWith(prefix) || name.length() == prefix.length()) {
            return "table " + table + " is outside the plugin's prefix " + prefix;
        }
        if (name.equals(historyTable(pluginId))) {
            return "table " + table + " is the host's migration history";
        }
        return null;
    }

    /** The statements of a script: comments removed, whitespace collapsed, split at semicolons. */
    static List<String> statements(String sql) {
        String withoutComments = sql.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)(--|#).*$", " ");
        List<String> statements = new ArrayList<>();
        for (String part : withoutComments.split(";")) {
            String statement = part.replaceAll("\\s+", " ").trim();
            if (!statement.isEmpty()) {
                statements.add(statement);
            }
        }
        return statements;
    }
}
