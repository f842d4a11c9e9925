package th.servicepoint.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.quarkus.arc.Arc;

/**
 * {@code @ExtendWith(ResetClockAfterEach.class)} on a test class that sets the {@link TestClock}: the application and
 * its clock are shared by every test class, so a clock left frozen would stop the next class's time.
 */
public class ResetClockAfterEach implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        Arc.container().instance(TestClock.class).get().reset();
    }
}
