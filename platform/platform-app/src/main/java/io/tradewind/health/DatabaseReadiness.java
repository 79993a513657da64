package io.tradewind.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and the schema is migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseHealth database;

    @Override
    public HealthCheckResponse call() {
        DatabaseHealth.Probe probe = database.probe();
        return HealthCheckResponse.named("database")
                .status(probe.reachable() && probe.migrated())
                .withData("reachable", probe.reachable())
                .withData("migrated", probe.migrated())
                .build();
    }
}
