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
 * Tenancy at the EntityManager level, inside the running server (Arquillian): EclipseLink filters
 * every read, update and delete by the tenant set on the persistence context, refuses to query with
 * none, and - with the application's cache settings - never serves one tenant's row to another from
 * its caches. The "shared" unit is the control: with tenants sharing the cache, the very same lookup
 * does return the other tenant's row, which is why the application never turns that on.
 */
@ExtendWith(ArquillianExtension.class)
class TenantCacheIsolationIT {

    @Deployment
    static WebArchive deployment() throws URISyntaxException {
        File tsid = jarOf(Tsid.class);
        File assertj = jarOf(org.assertj.core.api.Assertions.class);
        return ShrinkWrap.create(WebArchive.class, "tenancy-test.war")
                .addClasses(TenancyProbe.class, Department.class, TenantEntity.class, TenantRecord.class, Ids.class,
                        Clock.class, InstantConverter.class, InstantColumn.class, TradewindSessionCustomizer.class,
                        TenantScopedWrites.class)
                .addAsResource("tenancy-test/persistence.xml", "META-INF/persistence.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsLibraries(tsid, assertj);
    }

    private static File jarOf(Class<?> type) throws URISyntaxException {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Inject
    TenancyProbe probe;

    private void assertIsolated(String unit) {
        long tenantA = Ids.next();
        long tenantB = Ids.next();
        long idOfA = probe.create(unit, tenantA, "A's department");
        probe.create(unit, tenantB, "B's department");

        assertThat(probe.find(unit, tenantA, idOfA)).contains("A's department");
        assertThat(probe.find(unit, tenantA, idOfA)).as("read again, now cached").contains("A's department");
        assertThat(probe.find(unit, tenantB, idOfA)).as("A's row looked up by id as tenant B").isEmpty();
        assertThat(probe.names(unit, tenantB)).containsExactly("B's department");
        assertThat(probe.rename(unit, tenantB, idOfA, "renamed by B")).isZero();
        assertThat(probe.delete(unit, tenantB, idOfA)).isZero();
        assertThat(probe.find(unit, tenantA, idOfA)).contains("A's department");
    }

    @Test
    void theApplicationsSettingsKeepTenantsApart() {
        assertIsolated("production");
    }

    @Test
    void aSharedCacheThatTenantsDoNotShareKeepsThemApartToo() {
        assertIsolated("cached");
    }

    @Test
    void aQueryWithoutATenantIsRefused() {
        assertThatThrownBy(() -> probe.namesWithoutTenant("production")).isInstanceOf(RuntimeException.class);
    }

    @Test
    void sharingTheCacheAcrossTenantsWouldLeakRows() {
        long tenantA = Ids.next();
        long tenantB = Ids.next();
        long idOfA = probe.create("shared", tenantA, "A's secret department");
        assertThat(probe.find("shared", tenantA, idOfA)).contains("A's secret department");
        assertThat(probe.find("shared", tenantB, idOfA))
                .as("the control: with tenants-share-cache=true tenant B gets A's row from the cache")
                .contains("A's secret department");
    }
}
