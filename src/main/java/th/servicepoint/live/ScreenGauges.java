package th.servicepoint.live;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * {@code servicepoint_screens_connected{kind}}: the screens connected to this instance. Each instance counts only its
 * own sockets, so the agency's total is the sum over instances.
 */
@ApplicationScoped
class ScreenGauges implements MeterBinder {

    private final LiveHub hub;

    ScreenGauges(LiveHub hub) {
        this.hub = hub;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (ScreenKind kind : ScreenKind.values()) {
            Gauge.builder("servicepoint.screens.connected", hub, connected -> connected.screens(kind))
                    .description("Live screens (WebSockets) connected to this instance; sum over instances")
                    .tag("kind", kind.name().toLowerCase(Locale.ROOT)).strongReference(true).register(registry);
        }
    }
}
