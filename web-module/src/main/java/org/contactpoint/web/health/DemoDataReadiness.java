package org.contactpoint.web.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.contactpoint.schema.api.SystemStatus;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness stays DOWN while demo data loads on a first start (and if loading failed), with the records loaded so far. */
@Readiness
@ApplicationScoped
public class DemoDataReadiness implements HealthCheck {

    @EJB
    SystemStatus system;

    @Override
    public HealthCheckResponse call() {
        SystemStatus.Status s = system.status();
        return HealthCheckResponse.named("demo-data").status(!s.demoDataLoading() && !s.demoDataFailed())
                .withData("loaded", s.demoRecordsLoaded()).withData("failed", s.demoDataFailed()).build();
    }
}
