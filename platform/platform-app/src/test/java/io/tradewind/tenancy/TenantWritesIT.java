package io.tradewind.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.f4b6a3.tsid.Tsid;
import io.tradewind.department.Department;
import io.tradewind.persistence.Clock;
import io.tradewind.persistence.Ids;
import io.tradewind.persistence.InstantColumn;
import io.tradewind.persistence.InstantConverter;
import io.tradewind.persistence.TenantEntity;
import io.tradewind.persistence.TenantRecord;
import io.tradewind.persistence.TenantScopedWrites;
import io.tradewind.persistence.TradewindSessionCustomizer;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.io.File;
import java.net.URISyntaxException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * EclipseLink's UPDATE and DELETE of one tenant-owned entity name the tenant (ADR 0132): the
 * {@code (tenant_id, id)} key then serves them, and they can only ever touch the current tenant's row.
 * Runs inside the server (Arquillian) on the application's persistence settings and records the SQL.
 */
@ExtendWith(ArquillianExtension.class)
class TenantWritesIT {

    private static final String TENANT_IN_WHERE = "(?is).*\\bWHERE\\b.*\\btenant_id\\s*=\\s*\\?.*";

    @Deployment
    static WebArchive deployment() throws URISyntaxException {
        return ShrinkWrap.create(WebArchive.class, "tenant-writes-test.war")
                .addClasses(TenantWritesProbe.class, SqlCapture.class, Department.class, TenantEntity.class,
                        TenantRecord.class, Ids.class, Clock.class, InstantConverter.class,
                        TradewindSessionCustomizer.class, TenantScopedWrites.class, InstantColumn.class)
                .addAsResource("tenant-writes-test/persistence.xml", "META-INF/persistence.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsLibraries(jarOf(Tsid.class), jarOf(org.assertj.core.api.Assertions.class));
    }

    private static File jarOf(Class<?> type) throws URISyntaxException {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Inject
    TenantWritesProbe probe;

    @Test
    void anUpdateOfOneEntityNamesTheTenant() {
        long tenant = Ids.next();
        long id = probe.create(tenant, "销售部");
        SqlCapture.clear();

        probe.rename(tenant, id, "销售一部");

        assertThat(SqlCapture.statements("UPDATE")).isNotEmpty().allMatch(sql -> sql.matches(TENANT_IN_WHERE));
        assertThat(probe.find(tenant, id).getName()).isEqualTo("销售一部");
    }

    @Test
    void aDeleteOfOneEntityNamesTheTenant() {
        long tenant = Ids.next();
        long id = probe.create(tenant, "市场部");
        SqlCapture.clear();

        probe.remove(tenant, id);

        assertThat(SqlCapture.statements("DELETE")).isNotEmpty().allMatch(sql -> sql.matches(TENANT_IN_WHERE));
        assertThat(probe.find(tenant, id)).isNull();
    }

    @Test
    void anUpdateTouchesOnlyTheCurrentTenantsRowEvenWhenAnotherTenantHasTheSameId() throws Exception {
        long tenantA = Ids.next();
        long tenantB = Ids.next();
        long id = probe.create(tenantA, "A's department");
        probe.rawCopy(tenantA, tenantB, id);

        probe.rename(tenantA, id, "renamed by A");

        assertThat(probe.rawNames(tenantA, id)).containsExactly("renamed by A");
        assertThat(probe.rawNames(tenantB, id)).as("B's row with the same id and version").containsExactly("A's department");
    }

    @Test
    void aDeleteTouchesOnlyTheCurrentTenantsRowEvenWhenAnotherTenantHasTheSameId() throws Exception {
        long tenantA = Ids.next();
        long tenantB = Ids.next();
        long id = probe.create(tenantA, "A's department");
        probe.rawCopy(tenantA, tenantB, id);

        probe.remove(tenantA, id);

        assertThat(probe.rawNames(tenantA, id)).isEmpty();
        assertThat(probe.rawNames(tenantB, id)).as("B's row with the same id and version").containsExactly("A's department");
        assertThat(probe.names(tenantB)).containsExactly("A's department");
    }

    @Test
    void aStaleCopyStillFailsTheVersionCheck() {
        long tenant = Ids.next();
        long id = probe.create(tenant, "客服部");
        Department stale = probe.find(tenant, id);
        probe.rename(tenant, id, "客服一部");

        assertThatThrownBy(() -> probe.renameCopy(tenant, stale, "客服二部"))
                .hasStackTraceContaining(OptimisticLockException.class.getSimpleName());
        assertThat(probe.find(tenant, id).getName()).isEqualTo("客服一部");
    }

    @Test
    void anotherTenantCannotFindTheRowById() {
        long tenantA = Ids.next();
        long tenantB = Ids.next();
        long id = probe.create(tenantA, "A's department");

        assertThat(probe.find(tenantB, id)).isNull();
        assertThat(probe.find(tenantA, id).getName()).isEqualTo("A's department");
        assertThat(probe.find(tenantA, id).getVersion()).isEqualTo(1);
    }
}
