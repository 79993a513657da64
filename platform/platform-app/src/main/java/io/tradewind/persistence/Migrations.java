package io.tradewind.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.annotation.Priority;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway before the application serves anything. The same
 * scripts run on H2, MariaDB and MySQL; each capability names its own scripts.
 */
@ApplicationScoped
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = "jdbc/tradewindDirect")
    DataSource dataSource;

    private volatile boolean done;

    /** Runs first among the startup observers: everything else needs the schema. */
    void migrate(@Observes @Priority(1) Startup startup) {
        MigrateResult result = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                // Each capability numbers its scripts in its own range (docs/developing.md), so a new
                // script of a lower range must still run on a database that has a higher one applied.
                .outOfOrder(true)
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied)");
        done = true;
    }

    public boolean isDone() {
        return done;
    }
}
