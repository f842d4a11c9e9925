package th.servicepoint.report.snapshot;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.report.Surveyed.MIXED;
import static th.servicepoint.report.Surveyed.serveAndAnswer;
import static th.servicepoint.support.Api.as;
import static th.servicepoint.support.Api.executive;
import static th.servicepoint.support.Api.openCounter;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import th.servicepoint.agency.Agency;
import th.servicepoint.report.PdfText;
import th.servicepoint.support.Agencies;
import th.servicepoint.support.Api;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Installation;
import th.servicepoint.support.OutboundStandIns;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/**
 * The half-year run as the schedule fires it, with mail sent over SMTP to a real server in this JVM: the closed half
 * kept as snapshots, mailed once with the cover memo and the reports, and a refused mail sent on the next attempt.
 * The executives' addresses, the memo reference and the schedule are those of {@link OutboundStandIns}.
 */
@QuarkusTest
@TestProfile(OutboundStandIns.class)
@ExtendWith(ResetClockAfterEach.class)
class HalfYearRunTest {

    /** 06:00 on 1 April 2070 in Bangkok: half 1 of FY 2613 (October 2069 – March 2070) has just closed. */
    private static final Instant APRIL_FIRST = Instant.parse("2070-03-31T23:00:00Z");
    /** 06:00 on 1 October 2070 in Bangkok: half 2 of FY 2613 has just closed. */
    private static final Instant OCTOBER_FIRST = Instant.parse("2070-09-30T23:00:00Z");
    private static final List<String> EXECUTIVES = List.of("nayok@example.go.th", "palad@example.go.th");
    private static final String THEIR_EXECUTIVE = "nayok@banthotsop.go.th";
    /** 06:00 on 1 April 2071 in Bangkok: half 1 of FY 2614 has just closed. */
    private static final Instant APRIL_2071 = Instant.parse("2071-03-31T23:00:00Z");

    @Inject
    HalfYearRun run;
    @Inject
    ReportSnapshots snapshots;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    /** Each test counts its own mail; agencies other tests leave with recipients of their own get theirs too. */
    @BeforeEach
    void emptyMailbox() throws Exception {
        SmtpServer.server().purgeEmailFromAllMailboxes();
    }

    @Test
    void onFirstAprilTheClosedHalfIsKeptAndMailedOnce() throws Exception {
        Site site = answeredAt("2070-03-31T08:00:00Z");
        Site idle = fixtures.site().service("A").counter(1, "A").create();
        clock.set(APRIL_FIRST);

        assertTrue(run.runAt(APRIL_FIRST).isPresent());
        // another instance's schedule fires at the same moment, and a retry finds nothing left to do
        assertTrue(run.runAt(APRIL_FIRST.plusSeconds(2)).isEmpty());
        assertEquals(0, run.retryAt(APRIL_FIRST.plusSeconds(3600)));

        MimeMessage[] received = toExecutives();
        // GreenMail keeps one copy per recipient: one mail to both
        assertEquals(2, received.length);
        MimeMessage mail = received[0];
        assertEquals(EXECUTIVES, Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString)
                .toList());
        Agency home = home();
        assertEquals("[Service Point] " + home.nameTh + " รายงานผลการประเมินความพึงพอใจ รอบ 6 เดือนแรก ปีงบประมาณ 2613 "
                + "(1 ต.ค. 2612 – 31 มี.ค. 2613) · " + home.nameEn + ", executive report, First half of FY 2613 "
                + "(1 Oct 2069 – 31 Mar 2070)", mail.getSubject());
        Map<String, byte[]> files = new LinkedHashMap<>();
        String text = read(mail, files);
        assertTrue(text.contains("เรียน นายกองค์การบริหารส่วนจังหวัด"), text);
        assertTrue(text.contains("ผู้ตอบแบบประเมิน"), text);
        assertTrue(text.contains("Attached: the executive report of " + home.nameEn + " for First half of FY 2613"),
                text);

        List<SnapshotView> kept = snapshots.list(2613, 1, null);
        SnapshotView agency = kept.stream().filter(s -> s.servicePoint() == null).findFirst().orElseThrow();
        assertTrue(kept.stream().anyMatch(s -> site.code().equals(s.servicePoint())));
        assertTrue(kept.stream().noneMatch(s -> idle.code().equals(s.servicePoint())),
                "a service point that issued nothing in the half gets no report of its own");
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

        assertReportAttached(files, "2613", "agency", "ทั้งหน่วยงาน");
        assertReportAttached(files, "2613", site.code(), site.code());

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
        assertEquals(0, toExecutives().length);
        List<SnapshotView> kept = snapshots.list(2613, 2, null);
        assertTrue(kept.size() >= 2);

        clock.set(OCTOBER_FIRST.plusSeconds(3600));
        assertTrue(run.retryAt(OCTOBER_FIRST.plusSeconds(3600)) >= 1);
        MimeMessage[] received = toExecutives();
        assertEquals(2, received.length);
        assertTrue(received[0].getSubject().contains("รอบ 6 เดือนหลัง ปีงบประมาณ 2613"));
        // the retry mailed the snapshots the first attempt took, and took no new versions
        assertEquals(kept, snapshots.list(2613, 2, null));
        assertEquals(0, run.retryAt(OCTOBER_FIRST.plusSeconds(7200)));
    }

    @Test
    void eachAgencyGetsItsOwnReportAndNothingOfAnothers() throws Exception {
        String code = Fixtures.unique("sao");
        long other = Agencies.create(code);
        String otherAdmin = fixtures.inAgency(other).admin();
        // its citizens answer every question, as the home agency's do here
        String questionnaire = "/api/v1/admin/questionnaires/current";
        List<Map<String, Object>> items = as(otherAdmin).get(questionnaire).then().statusCode(200).extract().jsonPath()
                .getList("items");
        as(otherAdmin).body(Map.of("items", Api.formItems(items), "length", "FULL")).put(questionnaire).then()
                .statusCode(200);
        as(otherAdmin).body(Map.of("nameTh", "อบต.บ้านทดสอบ", "nameEn", "Ban Thotsop SAO", "reportRecipients",
                List.of("nayok@banthotsop.go.th", "NAYOK@banthotsop.go.th"))).put("/api/v1/admin/agency").then()
                .statusCode(200).body("reportRecipients", equalTo(List.of("nayok@banthotsop.go.th")));
        // a third agency keeps no recipients: its report is kept and published, and mailed to nobody
        long unmailed = Agencies.create(Fixtures.unique("sao"));
        Site ours = answeredAt("2071-03-31T08:00:00Z");
        Site theirs = fixtures.inAgency(other).site().service("A").counter(1, "A").create();
        openCounter(theirs, 1);
        serveAndAnswer(theirs, "A", 1, MIXED, null);
        serveAndAnswer(theirs, "A", 1, MIXED, null);
        clock.set(APRIL_2071);

        assertTrue(run.runAt(APRIL_2071).isPresent());

        // GreenMail keeps one copy per recipient: the home agency's two executives and the other agency's one
        assertEquals(2, toExecutives().length);
        List<MimeMessage> theirMails = receivedBy(List.of(THEIR_EXECUTIVE));
        assertEquals(1, theirMails.size());
        assertEquals("not mailed: no recipients configured", Installation.read(() -> Panache.getEntityManager()
                .createNativeQuery("select last_error from report_run where agency_id = ?1 and fiscal_year = 2614")
                .setParameter(1, unmailed).getSingleResult()));
        Agency home = home();
        Map<String, byte[]> ourFiles = new LinkedHashMap<>();
        MimeMessage ourMail = toExecutives()[0];
        String ourText = ourMail.getSubject() + read(ourMail, ourFiles);
        Map<String, byte[]> theirFiles = new LinkedHashMap<>();
        MimeMessage theirMail = theirMails.get(0);
        assertEquals(List.of(THEIR_EXECUTIVE), Arrays.stream(theirMail.getRecipients(Message.RecipientType.TO))
                .map(Object::toString).toList());
        String theirText = theirMail.getSubject() + read(theirMail, theirFiles);

        assertTrue(theirMail.getSubject().contains("อบต.บ้านทดสอบ รายงานผลการประเมินความพึงพอใจ รอบ 6 เดือนแรก "
                + "ปีงบประมาณ 2614"), theirMail.getSubject());
        assertTrue(theirMail.getSubject().contains("Ban Thotsop SAO, executive report"), theirMail.getSubject());
        assertTrue(theirText.contains("เรียน นายกอบต.บ้านทดสอบ"), theirText);
        assertTrue(theirText.contains("ผู้ตอบแบบประเมิน 2 ราย"), theirText);
        assertTrue(ourText.contains("ผู้ตอบแบบประเมิน 1 ราย"), ourText);
        String theirMemo = PdfText.of(theirFiles.get("memo-2614-h1.pdf"));
        assertTrue(theirMemo.contains("อบต.บ้านทดสอบ"), theirMemo);
        assertReportAttached(theirFiles, "2614", theirs.code(), theirs.code());
        assertReportAttached(ourFiles, "2614", ours.code(), ours.code());
        // neither sees the other: not its name, its memo heading, its service point or its figures
        for (String their : List.of(theirText, theirMemo, String.join(" ", theirFiles.keySet()))) {
            assertFalse(their.contains(home.nameTh) || their.contains(home.nameEn) || their.contains(ours.code())
                    || their.contains("องค์การบริหารส่วนจังหวัด") || their.contains("อบจ.ทดสอบ 0023/"), their);
        }
        for (String our : List.of(ourText, PdfText.of(ourFiles.get("memo-2614-h1.pdf")),
                String.join(" ", ourFiles.keySet()))) {
            assertFalse(our.contains("บ้านทดสอบ") || our.contains("Ban Thotsop") || our.contains(theirs.code()), our);
        }
    }

    /** The mail the home agency's executives received (servicepoint.report.mail.to). */
    private static MimeMessage[] toExecutives() throws MessagingException {
        return receivedBy(EXECUTIVES).toArray(MimeMessage[]::new);
    }

    /** The mail sent to any of these addresses: GreenMail keeps a copy for each recipient. */
    private static List<MimeMessage> receivedBy(List<String> addresses) throws MessagingException {
        List<MimeMessage> received = new ArrayList<>();
        for (MimeMessage mail : SmtpServer.server().getReceivedMessages()) {
            if (Arrays.stream(mail.getAllRecipients()).anyMatch(to -> addresses.contains(to.toString()))) {
                received.add(mail);
            }
        }
        return received;
    }

    private static Agency home() {
        return Installation.read(() -> Agency.<Agency> findAll(Sort.by("id")).firstResult());
    }

    /** The report of the scope as PDF, in Thai, from the stored snapshot. */
    private static void assertReportAttached(Map<String, byte[]> files, String fiscalYear, String scope,
            String scopeName) {
        String report = PdfText.of(files.get("executive-report-" + fiscalYear + "-h1-" + scope + ".pdf"));
        assertTrue(report.contains("รายงานผลการประเมินความพึงพอใจ"), report);
        assertTrue(report.contains("รอบ 6 เดือนแรก ปีงบประมาณ " + fiscalYear), report);
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
