package io.tradewind.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.f4b6a3.tsid.Tsid;
import io.tradewind.api.data.PluginTables;
import io.tradewind.jobs.ClusterLock;
import io.tradewind.plugin.migration.PluginTableStore;
import io.tradewind.plugin.migration.Rows;
import io.tradewind.plugin.migration.SchemaRules;
import jakarta.inject.Inject;
import java.io.File;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The plain-JDBC writers keep the microseconds of the instants they store (DATETIME(6)), on MariaDB
 * too, where Connector/J drops the fraction of a bound {@code LocalDateTime}. Runs inside the server.
 */
@ExtendWith(ArquillianExtension.class)
class JdbcInstantsIT {

    @Deployment
    static WebArchive deployment() throws URISyntaxException {
        return ShrinkWrap.create(WebArchive.class, "jdbc-instants-test.war")
                .addClasses(JdbcInstantsProbe.class, ClusterLock.class, PluginTableStore.class, PluginTables.class,
                        Rows.class, SchemaRules.class, InstantConverter.class, Clock.class, Ids.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsLibraries(jarOf(Tsid.class), jarOf(org.assertj.core.api.Assertions.class));
    }

    private static File jarOf(Class<?> type) throws URISyntaxException {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Inject
    JdbcInstantsProbe probe;

    @Test
    void aClusterLockLeaseKeepsItsMicroseconds() throws Exception {
        String lock = "jdbc-instants-" + Ids.next();
        Duration lease = Duration.ofMinutes(5);
        try {
            for (String attempt : List.of("taken", "renewed")) {
                Instant before = Clock.now();
                assertThat(probe.acquire(lock, lease)).as(attempt).isTrue();
                Instant after = Clock.now();
                // Cut to whole seconds, the lease would end before "before + lease" (unless a second began just between).
                assertThat(probe.lockedUntil(lock)).as(attempt).isBetween(before.plus(lease), after.plus(lease));
            }
        } finally {
            probe.execute("DELETE FROM job_lock WHERE name = '" + lock + "'");
        }
    }

    @Test
    void aPluginRowKeepsTheMicrosecondsOfAnInstantAndFindsItByThem() throws Exception {
        String plugin = "instants-" + Ids.next();
        String table = SchemaRules.prefix(plugin) + "visit";
        Instant at = Instant.parse("2026-11-29T13:19:22.493707Z");
        Instant later = Instant.parse("2026-11-29T13:19:22.493708Z");
        probe.execute("CREATE TABLE " + table + " (tenant_id BIGINT NOT NULL, id BIGINT NOT NULL, visited_at DATETIME(6),"
                + " PRIMARY KEY (tenant_id, id))");
        try {
            PluginTables rows = probe.tables(plugin, Ids.next());
            rows.insert(table, Map.of("id", 1L, "visited_at", at));
            assertThat(rows.find(table, Map.of("id", 1L)).orElseThrow().get("visited_at")).isEqualTo(at.toString());
            assertThat(rows.update(table, Map.of("visited_at", at), Map.of("visited_at", later))).isEqualTo(1);
            assertThat(rows.find(table, Map.of("visited_at", later))).isPresent();
        } finally {
            probe.execute("DROP TABLE " + table);
        }
    }
}
