package th.servicepoint.support;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;
import th.servicepoint.notify.PushServiceStandIn;
import th.servicepoint.report.snapshot.SmtpServer;

/**
 * The application with everything it sends out going to a stand-in in the test JVM: a LINE Official Account
 * ({@link LineStandIn}), an SMS gateway ({@link SmsGatewayStandIn}), a push service ({@link PushServiceStandIn}) and a
 * real SMTP server ({@link SmtpServer}), with the executives' addresses and the memo reference of an agency's settings.
 * Notices are retried and looked for often, so the tests wait little; the report schedule is the default one in a year
 * no test reaches, so the application starts with it as configured and only the tests run it.
 * <p>
 * One profile for all of them: each test profile costs the suite a build and a start of the application (and its
 * migrations), so the companion channels' and the half-year mail's test classes share one.
 */
public class OutboundStandIns implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("servicepoint.notify.retry-after", "PT0.3S", "servicepoint.notify.poll-interval", "PT0.2S",
                "servicepoint.report.mail.to", "nayok@example.go.th, palad@example.go.th",
                "servicepoint.report.memo.reference", "อบจ.ทดสอบ 0023/", "servicepoint.report.schedule.cron",
                "0 0 6 1 4,10 ? 2099");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(LineStandIn.class), new TestResourceEntry(SmsGatewayStandIn.class),
                new TestResourceEntry(PushServiceStandIn.class), new TestResourceEntry(SmtpServer.class));
    }
}
