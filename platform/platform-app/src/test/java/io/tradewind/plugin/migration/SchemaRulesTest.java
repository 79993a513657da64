package io.tradewind.plugin.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaRulesTest {

    private static final String GOOD = """
            -- entries
            CREATE TABLE p_ledger_test_entry (
              tenant_id BIGINT NOT NULL,
              id        BIGINT NOT NULL,
              label     VARCHAR(200) NOT NULL, /* shown */
              PRIMARY KEY (tenant_id, id)
            );
            CREATE UNIQUE INDEX ux_p_ledger_test_entry ON p_ledger_test_entry (tenant_id, label);
            ALTER TABLE p_ledger_test_entry ADD COLUMN amount INT DEFAULT 7;
            """;

    @Test
    void thePrefixComesFromThePluginId() {
        assertThat(SchemaRules.prefix("ledger-test")).isEqualTo("p_ledger_test_");
        assertThat(SchemaRules.historyTable("Acme.Scoring")).isEqualTo("p_acme_scoring_schema_history");
    }

    @Test
    void tablesInThePrefixLedByTenantIdPass() {
        assertThat(SchemaRules.violations("ledger-test", Map.of("V1__entries.sql", GOOD))).isEmpty();
    }

    @Test
    void aTableOutsideThePrefixIsRefused() {
        assertThat(SchemaRules.violations("ledger-test", Map.of("V1__x.sql",
                "CREATE TABLE entry (tenant_id BIGINT, id BIGINT, PRIMARY KEY (tenant_id, id))")))
                .singleElement().asString().contains("outside the plugin's prefix p_ledger_test_");
        assertThat(SchemaRules.violations("ledger-test", Map.of("V1__x.sql",
                "CREATE TABLE p_other_entry (tenant_id BIGINT, id BIGINT, PRIMARY KEY (tenant_id, id))"))).hasSize(1);
    }

    @Test
    void aPrimaryKeyNotLedByTenantIdIsRefused() {
        assertThat(SchemaRules.violations("ledger-test", Map.of("V1__x.sql",
                "CREATE TABLE p_ledger_test_e (id BIGINT, tenant_id BIGINT, PRIMARY KEY (id, tenant_id))")))
                .singleElement().asString().contains("PRIMARY KEY led by tenant_id");
        assertThat(SchemaRules.violations("ledger-test", Map.of("V1__x.sql",
                "CREATE TABLE p_ledger_test_e (id BIGINT PRIMARY KEY, tenant_id BIGINT)"))).hasSize(1);
        assertThat(SchemaRules.violations("ledger-test", Map.of("V1__x.sql",
                "CREATE TABLE p_ledger_test_e (tenant_id BIGINT, id BIGINT)"))).hasSize(1);
    }

    @Test
    void indexesMustBeLedByTenantId() {
        assertThat(SchemaRules.violations("ledger-test", Map.of("V2__x.sql",
                "CREATE INDEX ix ON p_ledger_test_entry (label)"))).singleElement().asString().contains("led by tenant_id");
    }

    @Test
    void touchingCoreTablesOrDataIsRefused() {
        assertThat(SchemaRules.violations("ledger-test", Map.of(
                "V1__a.sql", "DROP TABLE lead",
                "V2__b.sql", "DELETE FROM app_user",
                "V3__c.sql", "ALTER TABLE tenant ADD COLUMN x INT",
                "V4__d.sql", "CREATE INDEX ix ON customer (tenant_id, name)",
                "V5__e.sql", "INSERT INTO p_ledger_test_entry VALUES (1, 1, 'x')",
                "V6__f.sql", "ALTER TABLE p_ledger_test_entry DROP PRIMARY KEY",
                "V7__g.sql", "DROP TABLE p_ledger_test_schema_history"))).hasSize(7);
    }

    @Test
    void scriptNamesFollowFlyway() {
        assertThat(SchemaRules.violations("ledger-test", Map.of("entries.sql", GOOD))).hasSize(1);
    }

    @Test
    void statementsIgnoreComments() {
        assertThat(SchemaRules.statements("-- a; b\nCREATE TABLE x (a INT); /* ; */ DROP TABLE y;"))
                .containsExactly("CREATE TABLE x (a INT)", "DROP TABLE y");
    }
}
