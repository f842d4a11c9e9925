package th.servicepoint.report.snapshot;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.report.Surveyed.MIXED;
import static th.servicepoint.report.Surveyed.serveAndAnswer;
import static th.servicepoint.support.Api.executive;
import static th.servicepoint.support.Api.openCounter;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import th.servicepoint.report.PdfText;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/**
 * The half-year run as the schedule fires it, with mail sent over SMTP to a real server in this JVM: the closed half
 * kept as snapshots, mailed once with the cover memo and the reports, and a refused mail sent on the next attempt.
 */
@QuarkusTest
@TestProfile(HalfYearRunTest.RealMail.class)
@ExtendWith(ResetClockAfterEach.class)
class HalfYearRunTest {

    public static class RealMail implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // the default schedule in its time zone, in a year no test reaches: the app starts with both as configured
            return Map.of("servicepoint.report.mail.to", "nayok@example.go.th, palad@example.go.th",
                    "servicepoint.report.memo.reference", "อบจ.ทดสอบ 0023/", "servicepoint.report.schedule.cron",
                    "0 0 6 1 4,10 ? 2099");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SmtpServer.class));
        }
    }

    /** 06:00 on 1 April 2070 in Bangkok: half 1 of FY 2613 (October 2069 – March 2070) has just closed. */
    private static final Instant APRIL_FIRST = Instant.parse("2070-03-31T23:00:00Z");
    /** 06:00 on 1 October 2070 in Bangkok: half 2 of FY 2613 has just closed. */
    private static final Instant OCTOBER_FIRST = Instant.parse("2070-09-30T23:00:00Z");
    private static final List<String> EXECUTIVES = List.of("nayok@example.go.th", "palad@example.go.th");

    @Inject
    HalfYearRun run;
    @Inject
    ReportSnapshots snapshots;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    @Test
    void onFirstAprilTheClosedHalfIsKeptAndMailedOnce() throws Exception {
        Site site = answeredAt("2070-03-31T08:00:00Z");
        clock.set(APRIL_FIRST);

        assertTrue(run.runAt(APRIL_FIRST).isPresent());
        // another instance's schedule fires at the same moment, and a retry finds nothing left to do
        assertTrue(run.runAt(APRIL_FIRST.plusSeconds(2)).isEmpty());
        assertEquals(0, run.retryAt(APRIL_FIRST.plusSeconds(3600)));

        MimeMessage[] received = SmtpServer.server().getReceivedMessages();
        // GreenMail keeps one copy per recipient: one mail to both
        assertEquals(2, received.length);
        MimeMessage mail = received[0];
        assertEquals(EXECUTIVES, Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString)
                .toList());
        assertEquals("[Service Point] รายงานผลการประเมินความพึงพอใจ รอบ 6 เดือนแรก ปีงบประมาณ 2613 "
                + "(1 ต.ค. 2612 – 31 มี.ค. 2613) · Executive report, First half of FY 2613 (1 Oct 2069 – 31 Mar 2070)",
                mail.getSubject());
        Map<String, byte[]> files = new LinkedHashMap<>();
        String text = read(mail, files);
        assertTrue(text.contains("เรียน นายกองค์การบริหารส่วนจังหวัด"), text);
        assertTrue(text.contains("ผู้ตอบแบบประเมิน"), text);
        assertTrue(text.contains("Attached: the executive report of First half of FY 2613"), text);

        List<SnapshotView> kept = snapshots.list(2613, 1, null);
        SnapshotView agency = kept.stream().filter(s -> s.servicePoint() == null).findFirst().orElseThrow();
        assertTrue(kept.stream().anyMatch(s -> site.code().equals(s.servicePoint())));
        assertTrue(kept.stream().allMatch(s -> s.version() == 1 && s.trigger() == SnapshotTrigger.SCHEDULE));
        assertTrue(text.contains(agency.sha256()), text);

        String memo = PdfText.of(files.get("memo-2613-h1.pdf"));
        assertTrue(memo.contains("บันทึกข้อความ"), memo);
        assertTrue(memo.contains("รอบ 6 เดือนแรก ปีงบประมาณ 2613"), memo);
        assertTrue(memo.contains("อบจ.ทดสอบ 0023/"), memo);
        assertTrue(memo.contains("เรียน นายกองค์การบริหารส่วนจังหวัด"), memo);
        assertTrue(memo.contains("ฉบับที่ 1"), memo);
        assertTrue(memo.contains("ทราบ"), memo);
        // one response: the memo gives no projected EIT or grade, and says why
        assertTrue(memo.contains("ยังมีคำตอบไม่พอ"), memo);

        assertReportAttached(files, "agency", "ทั้งหน่วยงาน");
        assertReportAttached(files, site.code(), site.code());

        // published for the public at once, from the snapshot
        given().get("/api/v1/public/reports/2613/1").then().statusCode(200).body("audience", equalTo("PUBLIC"))
                .body("survey.responses.total", equalTo(1));
        executive().get("/api/v1/reports/snapshots?fiscalYear=2613&half=1").then().statusCode(200)
                .body("size()", equalTo(kept.size()));
    }

    @Test
    void aRefusedMailIsKeptForTheNextAttemptWhichReusesTheSnapshots() throws Exception {
        answeredAt("2070-09-30T08:00:00Z");
        clock.set(OCTOBER_FIRST);
        SmtpServer.down();
        try {
            // the schedule itself never fails
            assertTrue(run.runAt(OCTOBER_FIRST).isPresent());
        } finally {
            SmtpServer.up();
        }
        assertEquals(0, SmtpServer.server().getReceivedMessages().length);
        List<SnapshotView> kept = snapshots.list(2613, 2, null);
        assertTrue(kept.size() >= 2);

        clock.set(OCTOBER_FIRST.plusSeconds(3600));
        assertEquals(1, run.retryAt(OCTOBER_FIRST.plusSeconds(3600)));
        MimeMessage[] received = SmtpServer.server().getReceivedMessages();
        assertEquals(2, received.length);
        assertTrue(received[0].getSubject().contains("รอบ 6 เดือนหลัง ปีงบประมาณ 2613"));
        // the retry mailed the snapshots the first attempt took, and took no new versions
        assertEquals(kept, snapshots.list(2613, 2, null));
        assertEquals(0, run.retryAt(OCTOBER_FIRST.plusSeconds(7200)));
    }

    /** The report of the scope as PDF, in Thai, from the stored snapshot. */
    private static void assertReportAttached(Map<String, byte[]> files, String scope, String scopeName) {
        String report = PdfText.of(files.get("executive-report-2613-h1-" + scope + ".pdf"));
        assertTrue(report.contains("รายงานผลการประเมินความพึงพอใจ"), report);
        assertTrue(report.contains("รอบ 6 เดือนแรก ปีงบประมาณ 2613"), report);
        assertTrue(report.contains(scopeName), report);
    }

    /** A site where one visitor is served and answers at that moment (15:00 in Bangkok on the half's last day). */
    private Site answeredAt(String instant) {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
        clock.set(instant);
        serveAndAnswer(site, "A", 1, MIXED, null);
        return site;
    }

    /** The mail's text; its attachments into {@code files} by name. */
    private static String read(Part part, Map<String, byte[]> files) throws MessagingException, IOException {
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                text.append(read(child, files));
            }
            return text.toString();
        }
        if (part.getFileName() != null) {
            try (InputStream in = part.getInputStream()) {
                files.put(MimeUtility.decodeText(part.getFileName()), in.readAllBytes());
            }
            return "";
        }
        return part.getContent().toString();
    }
}
