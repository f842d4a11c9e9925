package th.servicepoint.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static th.servicepoint.web.AdminScreen.form;
import static th.servicepoint.web.AdminScreen.row;
import static th.servicepoint.web.AdminScreen.saved;
import static th.servicepoint.web.AdminScreen.tab;
import static th.servicepoint.web.ScreenParts.alert;
import static th.servicepoint.web.ScreenParts.button;
import static th.servicepoint.web.ScreenParts.signIn;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import th.servicepoint.support.Agencies;
import th.servicepoint.support.Api;
import th.servicepoint.support.Chromium;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Site;

/**
 * An administrator opens booking for a service on the services tab, and lists next year's holidays and sets the
 * no-show rule on the holidays tab; settings that cannot work are explained next to their fields.
 */
@QuarkusTest
class BookingAdminScreenTest {

    private static final Pattern SAID = Pattern.compile("\\S");

    @TestHTTPResource("/admin/")
    URL admin;

    @Inject
    Fixtures fixtures;

    @Test
    void bookingIsOpenedForAServiceWithItsSlotsAndShare() {
        Site site = fixtures.site().service("A", 4, 6).counter(1, "A").create();
        Page page = Chromium.open(admin + "?sp=" + site.code(), 1366, 768);
        signIn(page, "admin", "admin");
        tab(page, "งานบริการ").click();
        button(row(page, "A"), "แก้ไข").click();
        Locator form = form(page, "แก้ไขงานบริการ A");
        Locator booking = form.getByRole(AriaRole.GROUP,
                new Locator.GetByRoleOptions().setName("การนัดหมายล่วงหน้า (ประชาชนจองเวลามารับบริการ)"));
        Locator enabled = booking.getByRole(AriaRole.SWITCH,
                new Locator.GetByRoleOptions().setName("เปิดให้จองเวลาล่วงหน้า"));
        Locator slot = booking.getByLabel("ความยาวช่วงเวลานัด (นาที)");
        assertThat(enabled).not().isChecked();
        assertThat(booking).containsText("เว้นว่าง = ใช้เวลามาตรฐานของงาน ขณะนี้ 10 นาที");

        enabled.check();
        slot.fill("3");
        booking.getByLabel("เวลาที่เก็บไว้ให้ผู้ไม่ได้นัด (ร้อยละ)").fill("40");
        booking.getByLabel("จองล่วงหน้าได้ไม่เกิน (วัน)").fill("14");
        button(form, "บันทึก").click();
        assertThat(slot).hasAccessibleDescription(SAID);
        assertThat(alert(page)).containsText("ข้อมูลไม่ถูกต้อง");
        Accessibility.assertNoViolations(page, "booking settings with a field error");

        slot.fill("");
        button(form, "บันทึก").click();
        saved(page);
        Api.admin().get("/api/v1/admin/service-points/{sp}/services/{prefix}", site.code(), "A").then()
                .statusCode(200).body("booking.enabled", equalTo(true))
                .body("booking.slotMinutes", org.hamcrest.Matchers.nullValue())
                .body("booking.walkInPercent", equalTo(40)).body("booking.bookAheadDays", equalTo(14))
                .body("slotMinutes", equalTo(10));
        Chromium.close(page);
    }

    @Test
    void nextYearsHolidayIsListedAndTheNoShowRuleSet() {
        String agencyAdmin = fixtures.inAgency(Agencies.create(Fixtures.unique("sao"))).admin();
        int next = LocalDate.now(ZoneId.of("Asia/Bangkok")).getYear() + 1;
        Page page = Chromium.open(admin.toString(), 1366, 768);
        signIn(page, agencyAdmin, Fixtures.PASSWORD);
        tab(page, "วันหยุดและการนัดหมาย").click();
        Locator days = form(page, "วันหยุดที่ไม่รับนัดหมาย");
        days.getByLabel("ปี").selectOption(String.valueOf(next));
        assertThat(days.getByLabel("ปี")).hasValue(String.valueOf(next));
        days = form(page, "วันหยุดที่ไม่รับนัดหมาย");
        assertThat(days).containsText("ยังไม่มีวันหยุดในปีนี้");

        button(days, "+ เพิ่มวันหยุด").click();
        Locator songkran = days.getByRole(AriaRole.ROW).nth(1);
        songkran.getByLabel("วันที่").fill(next + "-04-13");
        button(days, "บันทึก").click();
        Locator thaiName = songkran.getByLabel("ชื่อวันหยุด (ไทย)");
        assertThat(thaiName).hasAccessibleDescription("กรุณาระบุชื่อวันหยุดภาษาไทย");
        Accessibility.assertNoViolations(page, "a closed day without its Thai name");

        thaiName.fill("วันสงกรานต์");
        songkran.getByLabel("ชื่อวันหยุด (อังกฤษ)").fill("Songkran");
        button(days, "บันทึก").click();
        saved(page);
        Api.as(agencyAdmin).queryParam("year", next).get("/api/v1/admin/closed-days").then().statusCode(200)
                .body("days.day", contains(next + "-04-13")).body("days.nameTh", contains("วันสงกรานต์"));

        Locator rule = form(page, "ผู้ที่ไม่มาตามนัด");
        assertThat(rule).containsText("ไม่งดรับจอง");
        rule.getByLabel("ไม่มาตามนัดกี่ครั้งจึงงดรับจอง").fill("3");
        rule.getByLabel("นับย้อนหลังและงดรับจอง (วัน)").fill("60");
        button(rule, "บันทึก").click();
        saved(page);
        assertThat(rule).containsText("งดรับจองเมื่อไม่มา 3 ครั้งใน 60 วัน");
        Api.as(agencyAdmin).get("/api/v1/admin/booking-rules").then().statusCode(200)
                .body("noShowLimit", equalTo(3)).body("blockDays", equalTo(60));
        Chromium.close(page);
    }
}
