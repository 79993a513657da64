package io.tradewind.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Checks the database too, but reports DOWN only after it has been unreachable for longer than
 * TRADEWIND_DB_LIVENESS_GRACE_SECONDS: a database blip takes a replica out of the load balancer
 * (readiness), while only a lasting failure, such as a wedged connection pool, gets it restarted.
 */
@Liveness
@ApplicationScoped
public class DatabaseLiveness implements HealthCheck {

    @Inject
    DatabaseHealth database;

    @Override
    public HealthCheckResponse call() {
        DatabaseHealth.Probe probe = database.probe();
        boolean alive = probe.reachable() || probe.failingFor().compareTo(database.livenessGrace()) < 0;
        return HealthCheckResponse.named("database")
                .status(alive)
                .withData("reachable", probe.reachable())
                .withData("failingSeconds", probe.failingFor().toSeconds())
                .build();
    }
}
