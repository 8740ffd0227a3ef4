package org.contactpoint.web.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.contactpoint.schema.api.SystemStatus;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** {@code /health/ready}: the database answers and the schema is migrated; reports the schema version. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @EJB
    SystemStatus system;

    @Override
    public HealthCheckResponse call() {
        SystemStatus.Status s = system.status();
        return HealthCheckResponse.named("database").status(s.databaseUp())
                .withData("product", s.databaseProduct())
                .withData("schemaVersion", s.schemaVersion())
                .build();
    }
}
