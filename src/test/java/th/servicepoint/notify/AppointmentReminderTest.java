package th.servicepoint.notify;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.notify.SmsCompanionTest.awaitOne;
import static th.servicepoint.notify.SmsCompanionTest.someMobile;
import static th.servicepoint.notify.SmsCompanionTest.text;
import static th.servicepoint.notify.SmsCompanionTest.to;
import static th.servicepoint.support.Appointments.book;
import static th.servicepoint.support.Appointments.bookable;
import static th.servicepoint.support.Appointments.checkIn;
import static th.servicepoint.support.Appointments.newDevice;

import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import th.servicepoint.common.AgencyScope;
import th.servicepoint.common.AgencyScopes;
import th.servicepoint.report.snapshot.SmtpServer;
import th.servicepoint.support.Api;
import th.servicepoint.support.Chromium;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.LineStandIn;
import th.servicepoint.support.OutboundStandIns;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.SmsGatewayStandIn;
import th.servicepoint.support.TestClock;

/**
 * Reminders to the contact a booking gave, against the SMS gateway stand-in and a real SMTP server: a day and two
 * hours before, in Thai, with the code the kiosk takes; once each, also when asked again; not at night; not for a
 * booking made after a reminder's time, nor for a cancelled one; and the address cleared once the appointment is over.
 */
@QuarkusTest
@TestProfile(OutboundStandIns.class)
@ExtendWith(ResetClockAfterEach.class)
class AppointmentReminderTest {

    /** Monday 4 March 2030, 07:00 in Bangkok; the slot is Tuesday's at 09:00. */
    private static final Instant MONDAY_7AM = Instant.parse("2030-03-04T00:00:00Z");
    private static final Instant TUESDAY_9AM = Instant.parse("2030-03-05T02:00:00Z");

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    AppointmentReminders reminders;
    @TestHTTPResource("/book/")
    URL bookPage;

    Site site;

    @BeforeEach
    void office() {
        SmsGatewayStandIn.gateway().reset();
        clock.set(MONDAY_7AM);
        site = fixtures.site().hours(LocalTime.of(8, 30), LocalTime.of(16, 30), "MON,TUE,WED,THU,FRI", false)
                .service("A").counter(1, "A").create();
        bookable(site.services().get("A"), 30, 0);
    }

    private String bookWith(Instant start, String contact) {
        return book(site, "A", start, newDevice(), contact).statusCode(201).extract().path("code");
    }

    @Test
    void aDayAndTwoHoursBeforeTheContactIsTextedOnceEachWithTheCode() {
        String mobile = someMobile();
        String code = bookWith(TUESDAY_9AM, mobile);
        reminders.remind();
        assertEquals(0, remindersOf(code), "26 hours ahead: no reminder is due yet");

        clock.set(TUESDAY_9AM.minus(Duration.ofDays(1)));
        reminders.remind();
        reminders.remind(); // a second instance, or the next minute's run
        String dayBefore = text(awaitOne("the day before", to(mobile, "เตือนนัดหมาย")));
        assertTrue(dayBefore.contains("วันอังคารที่ 5 มี.ค. 2573 เวลา 09:00 น."), dayBefore);
        assertTrue(dayBefore.contains("รหัส " + code), dayBefore);
        assertEquals(1, remindersOf(code));

        clock.set(TUESDAY_9AM.minus(Duration.ofHours(3)));
        reminders.remind();
        assertEquals(1, remindersOf(code), "between the two reminders nothing more is sent");
        clock.set(TUESDAY_9AM.minus(Duration.ofHours(2)));
        reminders.remind();
        assertEquals(2, remindersOf(code));
        List<SmsGatewayStandIn.Received> texts = SmsGatewayStandIn.gateway().await(2, to(mobile, "เตือนนัดหมาย"),
                Duration.ofSeconds(15));
        assertEquals(2, texts.size(), "one text a reminder: " + texts);

        clock.set(TUESDAY_9AM.minus(Duration.ofMinutes(10)));
        checkIn(site, code).statusCode(201);
        reminders.clear();
        assertNull(address(code), "checked in: the number is cleared");
    }

    @Test
    void anEmailContactGetsTheReminderByMailWithTheAppointmentsPage() throws Exception {
        String email = "somchai." + System.nanoTime() + "@example.co.th";
        String code = bookWith(TUESDAY_9AM, email);
        clock.set(TUESDAY_9AM.minus(Duration.ofHours(20)));
        reminders.remind();
        MimeMessage mail = awaitMail(email);
        assertEquals("แจ้งเตือนนัดหมาย · Appointment reminder", mail.getSubject());
        String body = mail.getContent().toString();
        assertTrue(body.contains("เตือนนัดหมาย") && body.contains("รหัส " + code), body);
        assertTrue(body.contains("/book/#" + code.replace("-", "")), body);
        assertTrue(body.contains("Tuesday 5 Mar 2030, 09:00"), body);
        assertEquals("auto-generated", mail.getHeader("Auto-Submitted")[0]);
        Api.admin().get("/api/v1/admin/companion").then().statusCode(200)
                .body("channels.find { it.channel == 'EMAIL' }.configured", equalTo(true));
        RestAssured.get("/api/v1/appointment-reminders").then().statusCode(200).body("sms", equalTo(true))
                .body("email", equalTo(true)).body("lineBasicId", equalTo(LineStandIn.BASIC_ID))
                .body("before", equalTo(List.of("PT24H", "PT2H")));
    }

    @Test
    void notAtNightNorForABookingMadeLateNorForACancelledOne() {
        String early = someMobile();
        String earlyCode = bookWith(TUESDAY_9AM.minus(Duration.ofMinutes(30)), early);
        clock.set(Instant.parse("2030-03-04T13:30:00Z")); // Monday 20:30: after the sending hours
        String late = someMobile();
        String lateCode = bookWith(TUESDAY_9AM, late);
        String cancelled = someMobile();
        String cancelledCode = bookWith(TUESDAY_9AM.plus(Duration.ofHours(1)), cancelled);
        RestAssured.post("/api/v1/appointments/{c}/cancel", cancelledCode).then().statusCode(200);
        reminders.remind();
        assertEquals(0, remindersOf(earlyCode), "the day-before reminder of 08:30 waits for 07:00");

        clock.set(Instant.parse("2030-03-04T23:30:00Z")); // Tuesday 06:30: the two-hour reminder of 08:30 is due
        reminders.remind();
        assertEquals(0, remindersOf(earlyCode), "still night");
        clock.set(Instant.parse("2030-03-05T00:00:00Z")); // 07:00
        reminders.remind();
        assertEquals(1, remindersOf(earlyCode), "the reminder now due, not every one missed");
        awaitOne("the morning's reminder", to(early, "08:30 น."));
        assertEquals(1, remindersOf(lateCode), "booked 12.5 hours ahead: the two-hour reminder only");
        awaitOne("the late booking's reminder", to(late, "09:00 น."));
        assertEquals(0, remindersOf(cancelledCode));

        awaitSent(earlyCode);
        reminders.clear();
        assertTrue(address(earlyCode) != null, "still ahead: the number is kept");
        clock.set(TUESDAY_9AM.plus(Duration.ofHours(1)));
        reminders.clear();
        assertNull(address(earlyCode), "past its start: the number is cleared");
        assertFalse(SmsGatewayStandIn.gateway().received().stream().anyMatch(to(cancelled, "")),
                "nothing goes to a cancelled booking's number");
    }

    @Test
    void aLineUserWhoSendsTheCodeFromTheBookingsPageIsRemindedThere() {
        String code = bookWith(TUESDAY_9AM, null);
        Page page = Chromium.open(bookPage + "#" + code.replace("-", ""), 360, 740);
        Locator line = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("รับการเตือนนัดหมายทาง LINE"));
        assertThat(line).hasAttribute("href", "https://line.me/R/oaMessage/" + URLEncoder.encode(LineStandIn.BASIC_ID,
                StandardCharsets.UTF_8) + "/?"
                + URLEncoder.encode("เตือนนัดหมาย " + code, StandardCharsets.UTF_8)
                        .replace("+", "%20"));
        Chromium.close(page);

        String user = "U" + Fixtures.unique("line").replace("-", "");
        LineStandIn.webhook(List.of(LineStandIn.message(user, "appointment-remind", "เตือนนัดหมาย " + code))).statusCode(204);
        String answer = LineStandIn.await("the answer", LineStandIn.replyTo("appointment-remind")).text();
        assertTrue(answer.contains("จะเตือนนัดหมาย งาน A วันอังคารที่ 5 มี.ค. 2573 เวลา 09:00 น."), answer);

        clock.set(TUESDAY_9AM.minus(Duration.ofDays(1)));
        reminders.remind();
        String pushed = LineStandIn.await("the reminder", LineStandIn.pushTo(user, "เตือนนัดหมาย งาน A")).text();
        assertTrue(pushed.contains("/book/#" + code.replace("-", "")), pushed);
        assertEquals(1, remindersOf(code));

        LineStandIn.webhook(List.of(LineStandIn.message(user, "appointment-unknown", "เตือนนัดหมาย ZZZZ-ZZZZ-ZZZZ")))
                .statusCode(204);
        assertTrue(LineStandIn.await("unknown", LineStandIn.replyTo("appointment-unknown")).text().contains("ไม่พบการนัดหมาย"));
        RestAssured.post("/api/v1/appointments/{c}/cancel", code).then().statusCode(200);
        LineStandIn.webhook(List.of(LineStandIn.message(user, "appointment-again", "เตือนนัดหมาย " + code))).statusCode(204);
        assertTrue(LineStandIn.await("cancelled", LineStandIn.replyTo("appointment-again")).text()
                .contains("ไม่มีสิ่งที่ต้องเตือนแล้ว"));
        reminders.clear();
        assertNull(address(code), "cancelled: the LINE user id is cleared");
    }

    /** The reminders queued for the appointment of this code. */
    private static long remindersOf(String code) {
        return notices(code, "n.kind = 'REMINDER'");
    }

    private static long notices(String code, String condition) {
        return inDatabase(() -> ((Number) TicketFollower.getEntityManager().createNativeQuery("""
                select count(*) from notice n join appointment a on a.id = n.appointment_id
                where a.code = :code and\s""" + condition).setParameter("code", code.replace("-", ""))
                .getSingleResult()).longValue());
    }

    /** Waits until the dispatcher has recorded the appointment's reminders as sent (it records after the send). */
    private static void awaitSent(String code) {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (notices(code, "n.state <> 'SENT'") > 0) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the reminders of " + code + " were not recorded as sent");
            }
            Thread.onSpinWait();
        }
    }

    /** The address of the appointment's follower; null once cleared, or when there is none. */
    private static String address(String code) {
        List<?> addresses = inDatabase(() -> TicketFollower.getEntityManager().createNativeQuery("""
                select f.address from ticket_follower f join appointment a on a.id = f.appointment_id
                where a.code = :code
                """).setParameter("code", code.replace("-", "")).getResultList());
        return addresses.isEmpty() || addresses.get(0) == null ? null : addresses.get(0).toString();
    }

    private static <T> T inDatabase(Supplier<T> query) {
        return AgencyScopes.call(AgencyScope.INSTALLATION, () -> QuarkusTransaction.requiringNew().call(query::get));
    }

    private static MimeMessage awaitMail(String to) throws InterruptedException, MessagingException, IOException {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < until) {
            SmtpServer.server().waitForIncomingEmail(500, 1);
            for (MimeMessage mail : SmtpServer.server().getReceivedMessages()) {
                if (Arrays.stream(mail.getAllRecipients()).anyMatch(address -> address.toString().equals(to))) {
                    return mail;
                }
            }
        }
        throw new AssertionError("no mail to " + to);
    }
}
