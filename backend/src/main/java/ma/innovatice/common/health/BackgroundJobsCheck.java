package ma.innovatice.common.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** Liveness and readiness of the background jobs ({@link JobHeartbeats}): DOWN when one has stopped running. */
@ApplicationScoped
@Liveness
@Readiness
public class BackgroundJobsCheck implements HealthCheck {

    private final JobHeartbeats heartbeats;

    BackgroundJobsCheck(JobHeartbeats heartbeats) {
        this.heartbeats = heartbeats;
    }

    @Override
    public HealthCheckResponse call() {
        return heartbeats.status();
    }
}
