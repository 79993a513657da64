package io.tradewind.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradewind.it.Api;
import jakarta.inject.Inject;
import java.io.File;
import java.net.URISyntaxException;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * DESIGN.md's tenancy rule, read from the migrated schema itself (INFORMATION_SCHEMA, on H2 and on
 * MariaDB, inside the running server): every table with a tenant_id column has tenant_id as the
 * first column of its primary key and of every index - so a table or index added later that breaks
 * the rule fails here, whatever migration (platform or plugin) created it.
 */
@ExtendWith(ArquillianExtension.class)
class TenantKeysIT {

    /**
     * The cross-tenant lookups: a public key (an e-mail address at sign-in, a web form's key) that
     * must find its tenant before any tenant is known. They hold no tenant data beyond the pointer.
     */
    private static final Set<String> CROSS_TENANT_LOOKUPS = Set.of("login_directory", "lead_form_key");

    @Deployment
    static WebArchive deployment() throws URISyntaxException {
        // Deploy next to a started application: its schema is migrated, and Arquillian's deployment
        // check does not time out behind its start on a busy machine.
        Api.awaitApplication();
        File assertj = new File(org.assertj.core.api.Assertions.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        return ShrinkWrap.create(WebArchive.class, "tenant-keys-test.war")
                .addClasses(SchemaProbe.class, SchemaProbe.Key.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsLibraries(assertj);
    }

    @Inject
    SchemaProbe schema;

    private List<String> violations() throws SQLException {
        Set<String> tenantOwned = schema.tablesWithTenantId();
        return schema.keys().stream()
                .filter(key -> tenantOwned.contains(key.table()) && !CROSS_TENANT_LOOKUPS.contains(key.table()))
                .filter(key -> !key.firstColumn().equals("tenant_id"))
                .map(key -> key.table() + " " + key.name() + " starts with " + key.firstColumn())
                .toList();
    }

    @Test
    void tenantIdLeadsEveryPrimaryKeyAndIndexOfTenantOwnedTables() throws SQLException {
        assertThat(schema.tablesWithTenantId()).as("the migrated schema's tenant-owned tables")
                .contains("app_user", "department", "audit_event", "outbox_event", "customer", "lead");
        assertThat(schema.keys()).as("primary keys are read")
                .contains(new SchemaProbe.Key("app_user", "PRIMARY KEY", "tenant_id"));
        assertThat(violations()).isEmpty();
    }

    @Test
    void aTableBreakingTheRuleIsFound() throws SQLException {
        String table = "zz_tenant_keys_control";
        schema.execute("CREATE TABLE " + table
                + " (id BIGINT NOT NULL, tenant_id BIGINT NOT NULL, name VARCHAR(40), PRIMARY KEY (id, tenant_id))");
        try {
            schema.execute("CREATE INDEX ix_" + table + "_name ON " + table + " (name, tenant_id)");
            assertThat(violations()).contains(table + " PRIMARY KEY starts with id",
                    table + " ix_" + table + "_name starts with name");
        } finally {
            schema.execute("DROP TABLE " + table);
        }
    }
}
