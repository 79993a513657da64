package io.tradewind.health;

import io.tradewind.persistence.Clock;
import io.tradewind.persistence.Migrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Probes the database, remembering since when it has been unreachable. */
@ApplicationScoped
public class DatabaseHealth {

    @Resource(lookup = "jdbc/tradewindDirect")
    DataSource dataSource;

    @Inject
    Migrations migrations;

    @Inject
    @ConfigProperty(name = "TRADEWIND_DB_LIVENESS_GRACE_SECONDS", defaultValue = "300")
    long livenessGraceSeconds;

    private final AtomicReference<Instant> failingSince = new AtomicReference<>();

    /** The probe's outcome: reachable or not, and for how long it has been failing. */
    public record Probe(boolean reachable, boolean migrated, Duration failingFor, String error) {
    }

    public Probe probe() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(3);
            if (valid) {
                failingSince.set(null);
                return new Probe(true, migrations.isDone(), Duration.ZERO, null);
            }
            return failed("connection not valid");
        } catch (SQLException e) {
            return failed(e.getMessage());
        }
    }

    private Probe failed(String error) {
        Instant now = Clock.now();
        failingSince.compareAndSet(null, now);
        return new Probe(false, migrations.isDone(), Duration.between(failingSince.get(), now), error);
    }

    public Duration livenessGrace() {
        return Duration.ofSeconds(livenessGraceSeconds);
    }
}
