package th.servicepoint.support;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The application with a LINE Official Account set up against {@link LineStandIn}, and notices retried and looked for
 * often, so the tests wait little. The test classes with this profile share one start.
 */
public class WithLine implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("servicepoint.notify.retry-after", "PT0.3S", "servicepoint.notify.poll-interval", "PT0.2S");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(LineStandIn.class));
    }
}
