package th.servicepoint.live;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while queue events cannot reach this instance's screens: a load balancer sends screens elsewhere. */
@Readiness
@ApplicationScoped
class LiveReadiness implements HealthCheck {

    private final JournalListener listener;
    private final LiveHub hub;

    LiveReadiness(JournalListener listener, LiveHub hub) {
        this.listener = listener;
        this.hub = hub;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("queue-events").status(listener.listening())
                .withData("screens", hub.screens()).build();
    }
}
