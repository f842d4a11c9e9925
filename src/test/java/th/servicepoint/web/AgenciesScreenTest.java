package th.servicepoint.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static th.servicepoint.web.AdminScreen.form;
import static th.servicepoint.web.AdminScreen.row;
import static th.servicepoint.web.AdminScreen.saved;
import static th.servicepoint.web.AdminScreen.tab;
import static th.servicepoint.web.ScreenParts.alert;
import static th.servicepoint.web.ScreenParts.button;
import static th.servicepoint.web.ScreenParts.exactButton;
import static th.servicepoint.web.ScreenParts.signIn;

import java.net.URL;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import th.servicepoint.support.Api;
import th.servicepoint.support.Chromium;
import th.servicepoint.support.Fixtures;

/**
 * A platform operator creates an agency with its first administrator on the admin screen; that administrator signs in
 * to the same screen, sees their agency named, none of the home agency's service points, and renames the agency.
 */
@QuarkusTest
class AgenciesScreenTest {

    private static final Locator.GetByLabelOptions EXACT = new Locator.GetByLabelOptions().setExact(true);
    private static final Pattern SAID = Pattern.compile("\\S");

    @TestHTTPResource("/admin/")
    URL admin;

    @Test
    void platformCreatesAnAgencyWhoseAdminSignsIn() {
        String code = Fixtures.unique("sao");
        String adminName = Fixtures.unique("admin");
        Page page = Chromium.open(admin.toString(), 1366, 768);
        signIn(page, "platform", "platform");
        assertThat(tab(page, "หน่วยงาน")).hasAttribute("aria-selected", "true");
        assertThat(tab(page, "งานบริการ")).isHidden();
        assertThat(row(page, "pao-demo")).containsText("อบจ.");
        Accessibility.assertNoViolations(page, "the platform's agencies");

        Locator form = form(page, "เพิ่มหน่วยงาน");
        form.getByLabel("รหัส", EXACT).fill(code);
        form.getByLabel("ชื่อภาษาไทย").fill("อบต.หน้าจอ");
        form.getByLabel("ชื่อภาษาอังกฤษ").fill("Screen SAO");
        form.getByLabel("ประเภทหน่วยงาน").selectOption("SAO");
        form.getByLabel("จังหวัด").fill("ทดสอบ");
        form.getByLabel("ชื่อผู้ใช้ของผู้ดูแลระบบ").fill(adminName);
        form.getByLabel("ชื่อที่แสดงของผู้ดูแลระบบ").fill("ผู้ดูแล อบต.หน้าจอ");
        Locator password = form.getByLabel("รหัสผ่าน (อย่างน้อย 8 ตัวอักษร)");
        password.fill("short");
        button(form, "บันทึก").click();
        assertThat(password).hasAccessibleDescription(SAID);
        Accessibility.assertNoViolations(page, "a new agency with a field error");

        password.fill("first-admin-1");
        button(form, "บันทึก").click();
        saved(page);
        assertThat(row(page, code)).containsText("อบต.หน้าจอ");
        Accessibility.assertNoViolations(page, "the agency created");

        // the same code again: 409 beside the code
        form = form(page, "เพิ่มหน่วยงาน");
        form.getByLabel("รหัส", EXACT).fill(code);
        form.getByLabel("ชื่อภาษาไทย").fill("ซ้ำ");
        form.getByLabel("ชื่อภาษาอังกฤษ").fill("Again");
        form.getByLabel("จังหวัด").fill("ทดสอบ");
        form.getByLabel("ชื่อผู้ใช้ของผู้ดูแลระบบ").fill(Fixtures.unique("admin"));
        form.getByLabel("ชื่อที่แสดงของผู้ดูแลระบบ").fill("ซ้ำ");
        form.getByLabel("รหัสผ่าน (อย่างน้อย 8 ตัวอักษร)").fill("first-admin-1");
        button(form, "บันทึก").click();
        assertThat(alert(page)).containsText(code);
        Accessibility.assertNoViolations(page, "an agency code taken");

        exactButton(page, "ออกจากระบบ").click();
        signIn(page, adminName, "first-admin-1");
        assertThat(page.getByText(adminName + " · อบต.หน้าจอ")).isVisible();
        tab(page, "จุดบริการ").click();
        assertThat(row(page, "pao-hq")).hasCount(0);
        tab(page, "หน่วยงาน").click();
        Locator own = form(page, "หน่วยงานของท่าน");
        own.getByLabel("ชื่อภาษาไทย").fill("อบต.หน้าจอใหม่");
        // who gets the half-year report: a bad address is named beside the field, in Thai
        Locator recipients = own.getByLabel("อีเมลผู้รับรายงานผู้บริหาร (รอบ 6 เดือน)");
        recipients.fill("nayok@screen.go.th\npalad-at-screen");
        button(own, "บันทึก").click();
        assertThat(recipients).hasAccessibleDescription(Pattern.compile("อีเมลไม่ถูกต้อง"));
        Accessibility.assertNoViolations(page, "a report recipient that is no address");
        recipients.fill("nayok@screen.go.th\npalad@screen.go.th");
        button(own, "บันทึก").click();
        saved(page);
        assertThat(page.getByText(adminName + " · อบต.หน้าจอใหม่")).isVisible();
        assertThat(form(page, "หน่วยงานของท่าน").getByLabel("อีเมลผู้รับรายงานผู้บริหาร (รอบ 6 เดือน)"))
                .hasValue("nayok@screen.go.th\npalad@screen.go.th");
        Accessibility.assertNoViolations(page, "the agency's own names");
        Chromium.close(page);

        Api.as(adminName, "first-admin-1").get("/api/v1/admin/agency").then().statusCode(200)
                .body("nameTh", equalTo("อบต.หน้าจอใหม่"))
                .body("reportRecipients", equalTo(List.of("nayok@screen.go.th", "palad@screen.go.th")));
    }

    @BeforeAll
    static void slowMachine() {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }
}
