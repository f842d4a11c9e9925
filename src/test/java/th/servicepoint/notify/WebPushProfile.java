package th.servicepoint.notify;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Web push on, sending to the stand-in push service on localhost. */
public class WebPushProfile implements QuarkusTestProfile {

    /** The dispatcher looks often and retries soon, so a test waits little. */
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("servicepoint.notify.retry-after", "PT0.3S", "servicepoint.notify.poll-interval", "PT0.2S");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PushServiceStandIn.class));
    }
}
