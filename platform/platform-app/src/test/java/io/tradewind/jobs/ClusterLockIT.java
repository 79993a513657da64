package io.tradewind.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradewind.it.Api;
import io.tradewind.persistence.Clock;
import io.tradewind.persistence.InstantConverter;
import jakarta.inject.Inject;
import java.io.File;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The lock that lets one replica at a time run a cluster job (the shared-pool sweep): replicas racing
 * for it on the real database, H2 and MariaDB, each on its own connection and thread. Runs inside the
 * server (Arquillian); each replica is a {@link ClusterLock} with its own owner name.
 */
@ExtendWith(ArquillianExtension.class)
class ClusterLockIT {

    private static final List<String> REPLICAS = List.of("replica-a", "replica-b", "replica-c", "replica-d");
    private static final Duration LEASE = Duration.ofMinutes(10);

    @Deployment
    static WebArchive deployment() throws URISyntaxException {
        // Deploy next to a started application: the job_lock table is migrated.
        Api.awaitApplication();
        File assertj = new File(org.assertj.core.api.Assertions.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        return ShrinkWrap.create(WebArchive.class, "cluster-lock-test.war")
                .addClasses(ClusterLockProbe.class, ClusterLockProbe.Holder.class, ClusterLock.class, Clock.class,
                        InstantConverter.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsLibraries(assertj);
    }

    @Inject
    ClusterLockProbe probe;

    @Test
    void ofReplicasRacingForTheLockExactlyOneHoldsItNewOrExpired() throws Exception {
        for (int round = 0; round < 20; round++) {
            String lock = lockName();
            try {
                List<String> first = probe.race(REPLICAS, lock, LEASE);
                assertThat(first).as("round %d, a lock never taken", round).hasSize(1);
                assertThat(probe.holder(lock).owner()).isEqualTo(first.get(0));

                List<String> others = REPLICAS.stream().filter(replica -> !replica.equals(first.get(0))).toList();
                assertThat(probe.race(others, lock, LEASE)).as("round %d, a lease still running", round).isEmpty();
                assertThat(probe.holder(lock).owner()).isEqualTo(first.get(0));

                letTheLeaseRunOut(first.get(0), lock);
                List<String> next = probe.race(REPLICAS, lock, LEASE);
                assertThat(next).as("round %d, a lease run out", round).hasSize(1);
                assertThat(probe.holder(lock).owner()).isEqualTo(next.get(0));
            } finally {
                probe.release(lock);
            }
        }
    }

    @Test
    void theHolderRenewsItsLeaseAndWhenItRunsOutAnotherReplicaTakesOver() throws Exception {
        String lock = lockName();
        try {
            assertThat(probe.acquire("replica-a", lock, Duration.ofMinutes(5))).isTrue();
            Instant firstLease = probe.holder(lock).lockedUntil();
            assertThat(probe.acquire("replica-b", lock, LEASE)).isFalse();

            assertThat(probe.acquire("replica-a", lock, LEASE)).as("renewed by its holder").isTrue();
            ClusterLockProbe.Holder renewed = probe.holder(lock);
            assertThat(renewed.owner()).isEqualTo("replica-a");
            assertThat(renewed.lockedUntil()).isAfter(firstLease);
            assertThat(probe.acquire("replica-b", lock, LEASE)).isFalse();

            letTheLeaseRunOut("replica-a", lock);
            assertThat(probe.acquire("replica-b", lock, LEASE)).as("taken over").isTrue();
            assertThat(probe.holder(lock).owner()).isEqualTo("replica-b");
            assertThat(probe.acquire("replica-a", lock, LEASE)).as("the old holder, back").isFalse();
            assertThat(probe.acquire("replica-b", lock, LEASE)).as("renewed by the new holder").isTrue();
            assertThat(probe.holder(lock).owner()).isEqualTo("replica-b");
        } finally {
            probe.release(lock);
        }
    }

    /** The holder's last renewal is a short lease (as if it then died); wait until it has ended. */
    private void letTheLeaseRunOut(String holder, String lock) throws Exception {
        assertThat(probe.acquire(holder, lock, Duration.ofMillis(20))).isTrue();
        Instant end = probe.holder(lock).lockedUntil();
        while (!Clock.now().isAfter(end)) {
            Thread.sleep(10);
        }
    }

    private static String lockName() {
        return "cluster-lock-it-" + UUID.randomUUID();
    }
}
