package th.servicepoint.notify;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Web push on, sending to the stand-in push service on localhost. */
public class WebPushProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PushServiceStandIn.class));
    }
}
