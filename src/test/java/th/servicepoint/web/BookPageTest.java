package th.servicepoint.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.web.BookPage.appointment;
import static th.servicepoint.web.BookPage.choice;
import static th.servicepoint.web.BookPage.mine;
import static th.servicepoint.web.BookPage.qr;
import static th.servicepoint.web.ScreenParts.alertLines;
import static th.servicepoint.web.ScreenParts.button;
import static th.servicepoint.web.ScreenParts.exactButton;
import static th.servicepoint.web.ScreenParts.fact;
import static th.servicepoint.web.ScreenParts.named;

import java.net.URL;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import th.servicepoint.support.Api;
import th.servicepoint.support.Appointments;
import th.servicepoint.support.Chromium;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/**
 * Booking a time from a phone with the largest text, as a person does: a service, a day in the Buddhist era, a time
 * that still has a place (a full one shown but not choosable), the code and QR; then the phone's list, the booking's
 * own address and cancelling. Elements are found by role and label.
 */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class BookPageTest {

    /** Monday 7 December 2569, 09:00 in Bangkok, for the server and the phone alike. */
    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    /** Tuesday 09:00 and 09:30 in Bangkok. */
    private static final Instant TUESDAY_NINE = Instant.parse("2026-12-08T02:00:00Z");
    private static final Instant TUESDAY_HALF_PAST_NINE = Instant.parse("2026-12-08T02:30:00Z");
    private static final Pattern CODE = Pattern.compile("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$");

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @TestHTTPResource("/book/")
    URL bookPage;

    Site site;

    @BeforeEach
    void site() {
        site = fixtures.site().hours(LocalTime.of(8, 30), LocalTime.of(16, 30), "MON,TUE,WED,THU,FRI", false)
                .service("A").service("B").counter(1, "A", "B").create();
        // one counter, nothing kept for walk-ins: each half hour takes one booking
        Appointments.bookable(site.services().get("A"), 30, 0, 7);
        clock.set(NOW);
    }

    private Page phone(String address) {
        Page page = Chromium.open("about:blank", 360, 740);
        page.clock().setFixedTime(NOW.toEpochMilli());
        LargeText.on(page);
        page.navigate(address);
        return page;
    }

    private void assertFitsAndIsAccessible(Page page, String state) {
        assertEquals(0.0, LargeText.sidewaysOverflow(page), "nothing wider than the phone at 200 % text: " + state);
        assertEquals(List.of(), LargeText.textsOffScreen(page), state);
        WordBreaks.assertNone(page, state);
        Accessibility.assertNoViolations(page, state);
    }

    @Test
    void aCitizenBooksFindsTheBookingAgainAndCancelsIt() {
        Appointments.book(site, "A", TUESDAY_NINE); // someone else took Tuesday 09:00
        Page page = phone(bookPage + "?sp=" + site.code());

        assertThat(choice(page, "งาน A")).isVisible();
        assertEquals(0, choice(page, "งาน B").count(), "a service that takes no bookings is not offered");
        assertFitsAndIsAccessible(page, "the services at 200 % text");
        button(page, "ถัดไป").click();
        assertThat(page.getByText("กรุณาเลือกงานบริการ")).isVisible();
        choice(page, "งาน A").check();
        button(page, "ถัดไป").click();

        Locator tuesday = choice(page, "วันอังคารที่ 8 ธันวาคม 2569");
        assertThat(tuesday).isVisible();
        assertThat(choice(page, "วันจันทร์ที่ 7 ธันวาคม 2569 (วันนี้)")).isVisible();
        assertEquals(0, choice(page, "วันเสาร์").count(), "the service point is closed on Saturdays");
        assertEquals(0, choice(page, "15 ธันวาคม").count(), "beyond the seven days ahead");
        assertFitsAndIsAccessible(page, "the days at 200 % text");
        tuesday.check();
        button(page, "ถัดไป").click();

        Locator nine = choice(page, "09:00–09:30 น.");
        assertThat(nine).isDisabled();
        assertThat(page.getByText("เต็มแล้ว")).isVisible();
        Locator halfPast = choice(page, "09:30–10:00 น.");
        assertThat(halfPast).isEnabled();
        assertThat(page.getByText("ว่าง 1 ที่").first()).isVisible();
        // the tests' application mails reminders and has no SMS gateway: the page asks for an e-mail address only
        Locator contact = page.getByLabel("อีเมล (ไม่บังคับ)");
        assertEquals(0, page.getByLabel("เบอร์โทรศัพท์มือถือ").count());
        assertThat(contact).hasAttribute("type", "email");
        assertThat(contact).hasAccessibleDescription(Pattern.compile("ใช้ส่งข้อความเตือนก่อนถึงเวลานัดเท่านั้น"));
        assertFitsAndIsAccessible(page, "the times at 200 % text");
        button(page, "ถัดไป").click();
        assertThat(page.getByText("กรุณาเลือกช่วงเวลาที่ยังว่าง")).isVisible();
        halfPast.check();
        contact.fill("Somsri@Example.co.th");
        button(page, "ถัดไป").click();

        assertThat(page.getByRole(AriaRole.HEADING, named("ยืนยันการจอง"))).isVisible();
        assertThat(fact(page, "วันและเวลา")).hasText("วันอังคารที่ 8 ธันวาคม 2569 เวลา 09:30–10:00 น.");
        assertThat(fact(page, "ช่องทางติดต่อ")).hasText("Somsri@Example.co.th");
        button(page, "ยืนยันการจอง").click();

        Locator booking = appointment(page);
        assertThat(booking).isVisible();
        Locator code = booking.getByText(CODE);
        assertThat(code).isVisible();
        String booked = code.textContent();
        assertTrue(page.url().endsWith("#" + booked.replace("-", "")), page.url());
        assertThat(qr(booking)).hasAccessibleName("QR ของนัดหมาย " + booked + " สำหรับสแกนที่ตู้กดบัตรคิว");
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", qr(booking).elementHandle());
        assertThat(fact(booking, "สถานะ")).hasText("จองแล้ว");
        assertThat(fact(booking, "วันและเวลา")).hasText("วันอังคารที่ 8 ธันวาคม 2569 เวลา 09:30–10:00 น.");
        assertThat(fact(booking, "จุดบริการ")).hasText("จุดบริการทดสอบ " + site.code());
        assertThat(booking.getByText("สแกน QR นี้ที่ตู้กดบัตรคิวเมื่อมาถึง"))
                .containsText("ยืนยันที่ตู้ได้ตั้งแต่เวลา 09:00 ถึง 09:45 น.");
        assertEquals("BOOKED", Appointments.status(booked));
        assertFitsAndIsAccessible(page, "the booking at 200 % text");
        Chromium.screenshot(page, "book-booked");

        // the phone remembers it: the next visit lists it, and its link opens it at its own address
        page.navigate(bookPage + "?sp=" + site.code());
        assertThat(mine(page)).hasCount(1);
        assertThat(mine(page)).containsText(booked);
        assertThat(mine(page)).containsText("จองแล้ว");
        mine(page).click();
        assertThat(appointment(page).getByText(CODE)).hasText(booked);
        page.navigate("about:blank");
        page.navigate(bookPage + "#" + booked.replace("-", ""));
        assertThat(fact(appointment(page), "สถานะ")).hasText("จองแล้ว");

        exactButton(page, "ยกเลิกนัดหมาย").click();
        assertThat(page.getByText("ยกเลิกนัดหมายนี้ใช่หรือไม่")).isVisible();
        assertEquals("BOOKED", Appointments.status(booked), "nothing is cancelled before the citizen confirms");
        Accessibility.assertNoViolations(page, "asking before cancelling");
        button(page, "ยืนยัน ยกเลิกนัดหมาย").click();
        assertThat(fact(appointment(page), "สถานะ")).hasText("ยกเลิกแล้ว");
        assertThat(exactButton(page, "ยกเลิกนัดหมาย")).isHidden();
        assertEquals("CANCELLED", Appointments.status(booked));
        Appointments.book(site, "A", TUESDAY_HALF_PAST_NINE); // its place is free again
        Chromium.close(page);
    }

    @Test
    void aCheckedInBookingShowsItsTicket() {
        String code = Appointments.book(site, "A", NOW.plusSeconds(1800)).getString("code");
        Api.kiosk(site).body(Map.of("code", code)).post("/api/v1/service-points/{sp}/check-ins", site.code())
                .then().statusCode(201);
        Page page = phone(bookPage + "#" + code);
        assertThat(fact(appointment(page), "สถานะ")).hasText("ยืนยันการมาถึงแล้ว · บัตรคิว A001");
        assertThat(appointment(page).getByText("ท่านได้รับบัตรคิว A001 แล้ว")).isVisible();
        assertThat(exactButton(page, "ยกเลิกนัดหมาย")).isHidden();
        assertEquals(0, qr(appointment(page)).count(), "no QR to scan once checked in");
        Chromium.close(page);
    }

    @Test
    void aProblemIsShownInThaiAndInEnglish() {
        Page page = phone(bookPage + "#K7M29QXA3FTB");
        assertThat(alertLines(page)).hasText(new String[] {
                "ไม่พบการนัดหมายรหัสนี้ กรุณาตรวจสอบรหัสบนใบนัดหมายอีกครั้ง",
                "No appointment has this code; please check the code on your booking" });
        assertThat(alertLines(page).nth(1)).hasAttribute("lang", "en");
        assertThat(appointment(page)).isHidden();
        Accessibility.assertNoViolations(page, "an unknown code");
        button(page, "English").click();
        assertThat(alertLines(page).first()).hasText("No appointment has this code; please check the code on your booking");
        Chromium.close(page);
    }

    @Test
    void aLinkWithoutAServicePointSaysWhatToDo() {
        Page page = phone(bookPage.toString());
        assertThat(alertLines(page).first()).containsText("ลิงก์นี้ไม่ได้ระบุจุดบริการ");
        assertThat(alertLines(page).nth(1)).containsText("This link names no service point");
        Chromium.close(page);
    }
}
