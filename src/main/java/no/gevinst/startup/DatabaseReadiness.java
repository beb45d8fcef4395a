package no.gevinst.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the schema migrations have succeeded. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseMigration migration;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database-migrations");
        if (migration.isMigrated()) {
            return response.up().build();
        }
        String failure = migration.failure();
        return response.down().withData("failure", failure == null ? "migrations have not run yet" : failure).build();
    }
}
