package th.servicepoint.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.web.AdminScreen.deviceKey;
import static th.servicepoint.web.AdminScreen.deviceUrl;
import static th.servicepoint.web.AdminScreen.fillStep;
import static th.servicepoint.web.AdminScreen.form;
import static th.servicepoint.web.AdminScreen.role;
import static th.servicepoint.web.AdminScreen.row;
import static th.servicepoint.web.AdminScreen.saved;
import static th.servicepoint.web.AdminScreen.steps;
import static th.servicepoint.web.AdminScreen.tab;
import static th.servicepoint.web.ScreenParts.alert;
import static th.servicepoint.web.ScreenParts.button;
import static th.servicepoint.web.ScreenParts.exactButton;
import static th.servicepoint.web.ScreenParts.signIn;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import th.servicepoint.support.Api;
import th.servicepoint.support.Chromium;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ScreenClient;
import th.servicepoint.support.Site;

/**
 * The admin screen in a real browser, checked against what the API then serves. Elements are found as a person (or a
 * screen reader) finds them: by role and name, by label, by the text shown.
 */
@QuarkusTest
class AdminScreenTest {

    private static final Locator.GetByLabelOptions EXACT = new Locator.GetByLabelOptions().setExact(true);
    private static final Page.GetByLabelOptions EXACT_ON_PAGE = new Page.GetByLabelOptions().setExact(true);
    /** A field's description that says something: its error slot, which the field names with aria-describedby. */
    private static final Pattern SAID = Pattern.compile("\\S");

    @TestHTTPResource("/admin/")
    URL admin;

    @Inject
    Fixtures fixtures;

    @Test
    void serviceWithTwoStepsAndAFieldError() {
        Site site = fixtures.site().service("A", 5).counter(1, "A").create();
        Page page = signedIn(site, "งานบริการ");
        Locator form = form(page, "เพิ่มงานบริการ");
        Locator dailyCap = form.getByLabel("จำนวนบัตรสูงสุดต่อวัน");

        // a 422 is shown next to its field: the field's description, as a screen reader reads it
        form.getByLabel("อักษรนำหน้าบัตรคิว").fill("C");
        form.getByLabel("ชื่อภาษาไทย").fill("งานทดสอบ");
        form.getByLabel("ชื่อภาษาอังกฤษ").fill("Test service");
        dailyCap.fill("0");
        button(form, "บันทึก").click();
        assertThat(dailyCap).hasAccessibleDescription(SAID);
        assertThat(alert(page)).containsText("ข้อมูลไม่ถูกต้อง");
        assertEquals("true", dailyCap.getAttribute("aria-invalid"));
        Accessibility.assertNoViolations(page, "the services tab with a field error");

        // two steps, the second moved first and back, then saved
        dailyCap.fill("");
        assertThat(dailyCap).hasValue("");
        Locator addStep = button(form, "เพิ่มขั้นตอน");
        addStep.click();
        addStep.click();
        addStep.click();
        Locator steps = steps(form);
        assertThat(steps).hasCount(3);
        fillStep(steps.nth(0), "รับคำร้อง", "Receive the request", "5");
        fillStep(steps.nth(1), "ตรวจเอกสาร", "Check the documents", "12");
        button(steps.nth(2), "ลบขั้นตอน").click();
        assertThat(steps).hasCount(2);
        assertThat(form).containsText("รวมเวลามาตรฐาน 17 นาที");
        button(form, "บันทึก").click();
        saved(page);
        assertThat(row(page, "C")).containsText("งานทดสอบ");

        JsonPath services = given().get("/api/v1/service-points/{sp}/services", site.code()).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("งานทดสอบ", services.getString("find { it.prefix == 'C' }.name"));
        assertEquals(List.of(5, 12), services.getList("find { it.prefix == 'C' }.steps.standardMinutes"));
        assertEquals(List.of("รับคำร้อง", "ตรวจเอกสาร"), services.getList("find { it.prefix == 'C' }.steps.title"));
        assertEquals(17, services.getInt("find { it.prefix == 'C' }.standardMinutes"));

        // edit: the steps come back in order; reorder them and save
        button(row(page, "C"), "แก้ไข").click();
        Locator editing = form(page, "แก้ไขงานบริการ C");
        assertThat(steps(editing).first().getByLabel("ขั้นตอน (ไทย)")).hasValue("รับคำร้อง");
        button(steps(editing).nth(1), "เลื่อนขึ้น").click();
        Accessibility.assertNoViolations(page, "a service's steps being edited");
        // every button, the rows' edit and the steps' ↑ ↓ ✕ too, is a target of at least 48 × 48 px
        assertEquals(List.of(), ScreenParts.smallTargets(page, 48));
        Chromium.screenshot(page, "admin-services");
        button(editing, "บันทึก").click();
        saved(page);
        given().get("/api/v1/service-points/{sp}/services", site.code()).then().statusCode(200)
                .body("find { it.prefix == 'C' }.steps.standardMinutes", equalTo(List.of(12, 5)));
        Chromium.close(page);
    }

    @Test
    void divisionCreatedRenamedAndOfferedToServices() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        String code = "DIV-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Page page = signedIn(site, "กอง/สำนัก");
        Locator form = form(page, "เพิ่มกอง/สำนัก");
        Locator row = row(page, code);

        // a 422 is shown next to its field
        form.getByLabel("รหัส", EXACT).fill(code);
        form.getByLabel("ชื่อภาษาไทย").fill("กองทดสอบ");
        button(form, "บันทึก").click();
        assertThat(form.getByLabel("ชื่อภาษาอังกฤษ")).hasAccessibleDescription(SAID);
        assertEquals("true", form.getByLabel("ชื่อภาษาอังกฤษ").getAttribute("aria-invalid"));
        form.getByLabel("ชื่อภาษาอังกฤษ").fill("Test Division");
        button(form, "บันทึก").click();
        saved(page);
        assertThat(row).containsText("กองทดสอบ");
        assertThat(row).containsText("Test Division");

        // renamed: the same division under its new names
        button(row, "แก้ไข").click();
        Locator editing = form(page, "แก้ไขกอง/สำนัก " + code);
        assertThat(editing.getByLabel("ชื่อภาษาไทย")).hasValue("กองทดสอบ");
        editing.getByLabel("ชื่อภาษาไทย").fill("กองคลังทดสอบ");
        editing.getByLabel("ชื่อภาษาอังกฤษ").fill("Test Finance Division");
        button(editing, "บันทึก").click();
        saved(page);
        assertThat(row).containsText("กองคลังทดสอบ");
        Accessibility.assertNoViolations(page, "the divisions tab");
        JsonPath divisions = Api.admin().get("/api/v1/admin/divisions").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Test Finance Division"),
                divisions.getList("findAll { it.code == '" + code + "' }.nameEn"));

        // the same code again: the 409 next to the code field, in Thai, then in English
        form.getByLabel("รหัส", EXACT).fill(code);
        form.getByLabel("ชื่อภาษาไทย").fill("กองซ้ำ");
        form.getByLabel("ชื่อภาษาอังกฤษ").fill("Duplicate");
        button(form, "บันทึก").click();
        assertThat(form.getByLabel("รหัส", EXACT))
                .hasAccessibleDescription(Pattern.compile("มีสำนัก/กองรหัส '" + code + "' อยู่แล้ว"));
        assertEquals("true", form.getByLabel("รหัส", EXACT).getAttribute("aria-invalid"));
        exactButton(page, "English").click();
        exactButton(page, "Save").click();
        assertThat(page.getByLabel("Code", EXACT_ON_PAGE)).hasAccessibleDescription(Pattern.compile("already exists"));
        Accessibility.assertNoViolations(page, "a division code taken, in English");
        exactButton(page, "ภาษาไทย").click();

        // the services tab offers it as a service's responsible division
        tab(page, "งานบริการ").click();
        Locator serviceForm = form(page, "เพิ่มงานบริการ");
        Locator division = serviceForm.getByLabel("กอง/สำนักที่รับผิดชอบ");
        assertThat(division.getByRole(AriaRole.OPTION,
                new Locator.GetByRoleOptions().setName("กองคลังทดสอบ (" + code + ")").setExact(true)))
                .hasAttribute("value", code);
        serviceForm.getByLabel("อักษรนำหน้าบัตรคิว").fill("D");
        serviceForm.getByLabel("ชื่อภาษาไทย").fill("งานของกองทดสอบ");
        serviceForm.getByLabel("ชื่อภาษาอังกฤษ").fill("The test division's service");
        division.selectOption(new SelectOption().setLabel("กองคลังทดสอบ (" + code + ")"));
        button(serviceForm, "บันทึก").click();
        saved(page);
        assertThat(row(page, "D")).containsText(code);
        Api.admin().get("/api/v1/admin/service-points/{sp}/services/{prefix}", site.code(), "D").then().statusCode(200)
                .body("division", equalTo(code));
        Chromium.close(page);
    }

    @Test
    void displayKeyShownOnceWithItsAddress() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        Page page = signedIn(site, "อุปกรณ์");
        Locator form = form(page, "ลงทะเบียนอุปกรณ์");
        form.getByLabel("ชื่ออุปกรณ์").fill("จอห้องโถง " + site.code());
        form.getByLabel("ชนิด").selectOption(new SelectOption().setLabel("จอแสดงผลในโถง"));
        assertThat(form.getByLabel("จุดบริการ", EXACT)).hasValue(site.code());
        button(form, "บันทึก").click();

        String key = deviceKey(page).textContent();
        String url = deviceUrl(page).textContent();
        assertTrue(url.endsWith("/display/?sp=" + site.code() + "&key=" + key), url);
        assertThat(page.getByText("แสดงครั้งเดียวเท่านั้น")).isVisible();
        Accessibility.assertNoViolations(page, "a device key shown once");
        Chromium.screenshot(page, "admin-device-key");

        // the key works for the display's queue, and the screen never shows it again
        Api.display(new Site(site.code(), site.id(), site.services(), site.counters(), site.clerks(), null, key,
                site.counterKeys()))
                .get("/api/v1/service-points/{sp}/queue", site.code()).then().statusCode(200);
        tab(page, "ผู้ใช้").click();
        tab(page, "อุปกรณ์").click();
        assertThat(form).isVisible();
        assertThat(deviceKey(page)).hasCount(0);
        assertThat(page.getByText(key)).hasCount(0);
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("จอห้องโถง " + site.code());
        Chromium.close(page);
    }

    @Test
    void counterScreenKeyIsRegisteredWithItsCounterAndOpensThatCounterOnly() {
        Site site = fixtures.site().service("A").counter(1, "A").counter(2, "A").create();
        Page page = signedIn(site, "อุปกรณ์");
        Locator form = form(page, "ลงทะเบียนอุปกรณ์");
        Locator counter = form.getByLabel("ช่องบริการของจอนี้");
        assertThat(counter).isHidden();
        form.getByLabel("ชื่ออุปกรณ์").fill("จอหน้าช่อง 2 " + site.code());
        form.getByLabel("ชนิด").selectOption(new SelectOption().setLabel("จอหน้าช่องบริการ"));
        assertThat(counter).isVisible();
        assertThat(counter.getByRole(AriaRole.OPTION)).hasCount(2);
        counter.selectOption(String.valueOf(site.counter(2)));
        button(form, "บันทึก").click();

        String key = deviceKey(page).textContent();
        String url = deviceUrl(page).textContent();
        assertTrue(url.endsWith("/counter/?counter=" + site.counter(2) + "&key=" + key), url);
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("จอหน้าช่องบริการ 2");
        Accessibility.assertNoViolations(page, "a counter screen's key");
        Chromium.close(page);

        try (ScreenClient own = ScreenClient.open(RestAssured.port, "/ws/v1/counters/" + site.counter(2) + "?key=" + key);
                ScreenClient other = ScreenClient.open(RestAssured.port,
                        "/ws/v1/counters/" + site.counter(1) + "?key=" + key)) {
            assertEquals("snapshot", own.next().getString("type"));
            assertEquals("NOT_ALLOWED", other.next().getString("code"));
        }
    }

    @Test
    void clerkAccountThatCanSignIn() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        String username = "clerk-" + UUID.randomUUID().toString().substring(0, 8);
        Page page = signedIn(site, "ผู้ใช้");
        Locator form = form(page, "เพิ่มผู้ใช้");
        Locator password = form.getByLabel("รหัสผ่าน");
        form.getByLabel("ชื่อผู้ใช้", EXACT).fill(username);
        form.getByLabel("ชื่อที่แสดง").fill("สมศรี ทดสอบ");
        password.fill("short");
        role(form, "เจ้าหน้าที่ให้บริการ").check();
        button(form, "บันทึก").click();
        assertThat(password).hasAccessibleDescription(SAID);
        Accessibility.assertNoViolations(page, "the users tab with a field error");

        password.fill("รหัสผ่านยาวพอ1");
        button(form, "บันทึก").click();
        saved(page);
        assertThat(row(page, username)).containsText("เจ้าหน้าที่ให้บริการ");
        Accessibility.assertNoViolations(page, "the users tab");
        // the Thai password as a browser sends it: UTF-8 under Basic
        String basic = Base64.getEncoder()
                .encodeToString((username + ":รหัสผ่านยาวพอ1").getBytes(StandardCharsets.UTF_8));
        given().header("Authorization", "Basic " + basic).get("/api/v1/service-points/{sp}/queue", site.code())
                .then().statusCode(200);

        // the same username again: 409, said plainly
        form.getByLabel("ชื่อผู้ใช้", EXACT).fill(username);
        form.getByLabel("ชื่อที่แสดง").fill("อีกคน");
        password.fill("longenough");
        role(form, "ผู้บริหาร").check();
        button(form, "บันทึก").click();
        assertThat(alert(page)).containsText(username);
        Chromium.close(page);
    }

    @Test
    void posterQrAndQuestionnaire() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        Page page = signedIn(site, "ช่องบริการและโปสเตอร์ QR");
        // the counter's state in words, not the API's code; the column of its buttons headed for screen readers
        assertThat(row(page, "1").getByRole(AriaRole.CELL, new Locator.GetByRoleOptions().setName("ปิดให้บริการ")
                .setExact(true))).hasCount(1);
        assertThat(page.getByRole(AriaRole.TABLE)).not().containsText("CLOSED");
        assertThat(page.getByRole(AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName("การทำงาน")
                .setExact(true))).hasCount(1);
        exactButton(page, "English").click();
        assertThat(row(page, "1")).containsText("Closed");
        exactButton(page, "ภาษาไทย").click();
        button(row(page, "1"), "โปสเตอร์ QR").click();
        assertThat(page.getByText("ช่องนี้ยังไม่มีโปสเตอร์")).isVisible();
        exactButton(page, "สร้างโปสเตอร์ใหม่").click();
        Locator qr = page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("QR"));
        assertThat(qr).isVisible();
        page.waitForFunction("img => img.naturalWidth > 0", qr.elementHandle());
        assertThat(page.getByText("/survey/?p=")).isVisible();
        Accessibility.assertNoViolations(page, "a counter's poster QR");
        Api.admin().get("/api/v1/admin/counters/{id}/poster", site.counter(1)).then().statusCode(200);

        // the current questionnaire, editable; an emptied text is named on its row and nothing is sent
        tab(page, "แบบประเมิน").click();
        // the form: full here (the tests' start), short by rotation with its number of ITA items, bounded to five
        Locator length = page.getByLabel("รูปแบบแบบประเมิน", EXACT_ON_PAGE);
        Locator rotationItems = page.getByLabel("จำนวนข้อ ITA ต่อครั้ง", EXACT_ON_PAGE);
        assertThat(length).hasValue("FULL");
        assertThat(rotationItems).isHidden();
        length.selectOption("SHORT");
        assertThat(rotationItems).hasValue("4");
        rotationItems.fill("5");
        exactButton(page, "เผยแพร่เป็นฉบับใหม่").click();
        assertThat(rotationItems).hasAccessibleDescription(SAID);
        length.selectOption("FULL");
        Locator e2 = page.getByLabel("E2 ข้อความ (ไทย)", EXACT_ON_PAGE);
        assertThat(e2).not().hasValue("");
        // each item's scale in words, not the API's code (ITA4)
        assertThat(row(page, "E2")).containsText("4 ระดับ (ITA)");
        assertThat(page.getByRole(AriaRole.TABLE)).not().containsText("ITA4");
        e2.fill("");
        exactButton(page, "เผยแพร่เป็นฉบับใหม่").click();
        assertThat(e2).hasAccessibleDescription(SAID);
        assertThat(alert(page)).containsText("ข้อมูลไม่ถูกต้อง");
        Accessibility.assertNoViolations(page, "the questionnaire with an emptied text");
        Chromium.close(page);
    }

    @Test
    void onlyAdministratorsGetIn() {
        Page page = Chromium.open(admin.toString(), 1366, 768);
        signIn(page, "exec", "exec");
        assertThat(alert(page)).containsText("ไม่ใช่ผู้ดูแลระบบ");
        assertThat(tab(page, "งานบริการ")).isHidden();
        Accessibility.assertNoViolations(page, "the administration's sign-in refused");
        Chromium.close(page);
    }

    @BeforeAll
    static void slowMachine() {
        // the test machine is shared; give the page time to answer
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    private Page signedIn(Site site, String tab) {
        Page page = Chromium.open(admin + "?sp=" + site.code(), 1366, 768);
        signIn(page, "admin", "admin");
        tab(page, tab).click();
        assertThat(tab(page, tab)).hasAttribute("aria-selected", "true");
        return page;
    }
}
