package th.servicepoint.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import th.servicepoint.support.Api;
import th.servicepoint.support.Chromium;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ScreenClient;
import th.servicepoint.support.Site;

/** The admin screen in a real browser, checked against what the API then serves. */
@QuarkusTest
class AdminScreenTest {

    @TestHTTPResource("/admin/")
    URL admin;

    @Inject
    Fixtures fixtures;

    @Test
    void serviceWithTwoStepsAndAFieldError() {
        Site site = fixtures.site().service("A", 5).counter(1, "A").create();
        Page page = signedIn(site, "services");
        Locator form = page.getByTestId("service-form");

        // a 422 is shown next to its field
        form.locator("[name=prefix]").fill("C");
        form.locator("[name=nameTh]").fill("งานทดสอบ");
        form.locator("[name=nameEn]").fill("Test service");
        form.locator("[name=dailyCap]").fill("0");
        page.getByTestId("save").click();
        assertThat(page.getByTestId("field-error-dailyCap")).not().isEmpty();
        assertThat(page.getByTestId("admin-error")).containsText("ข้อมูลไม่ถูกต้อง");
        assertEquals("true", form.locator("[name=dailyCap]").getAttribute("aria-invalid"));

        // two steps, the second moved first and back, then saved
        form.locator("[name=dailyCap]").fill("");
        assertThat(form.locator("[name=dailyCap]")).hasValue("");
        page.getByTestId("add-step").click();
        page.getByTestId("add-step").click();
        page.getByTestId("add-step").click();
        List<Locator> rows = page.getByTestId("step-row").all();
        assertEquals(3, rows.size());
        fillStep(rows.get(0), "รับคำร้อง", "Receive the request", "5");
        fillStep(rows.get(1), "ตรวจเอกสาร", "Check the documents", "12");
        rows.get(2).getByLabel("ลบขั้นตอน").click();
        assertThat(page.getByTestId("step-row")).hasCount(2);
        assertThat(form).containsText("รวมเวลามาตรฐาน 17 นาที");
        page.getByTestId("save").click();
        saved(page);
        assertThat(page.getByTestId("service-row-C")).containsText("งานทดสอบ");

        JsonPath services = given().get("/api/v1/service-points/{sp}/services", site.code()).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("งานทดสอบ", services.getString("find { it.prefix == 'C' }.name"));
        assertEquals(List.of(5, 12), services.getList("find { it.prefix == 'C' }.steps.standardMinutes"));
        assertEquals(List.of("รับคำร้อง", "ตรวจเอกสาร"), services.getList("find { it.prefix == 'C' }.steps.title"));
        assertEquals(17, services.getInt("find { it.prefix == 'C' }.standardMinutes"));

        // edit: the steps come back in order; reorder them and save
        page.getByTestId("service-row-C").getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByTestId("step-row").first().locator("[name=titleTh]")).hasValue("รับคำร้อง");
        page.getByTestId("step-row").nth(1).getByLabel("เลื่อนขึ้น").click();
        Chromium.screenshot(page, "admin-services");
        page.getByTestId("save").click();
        saved(page);
        given().get("/api/v1/service-points/{sp}/services", site.code()).then().statusCode(200)
                .body("find { it.prefix == 'C' }.steps.standardMinutes", equalTo(List.of(12, 5)));
        Chromium.close(page);
    }

    @Test
    void divisionCreatedRenamedAndOfferedToServices() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        String code = "DIV-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Page page = signedIn(site, "divisions");
        Locator form = page.getByTestId("division-form");
        Locator row = page.getByTestId("division-row-" + code);

        // a 422 is shown next to its field
        form.locator("[name=code]").fill(code);
        form.locator("[name=nameTh]").fill("กองทดสอบ");
        page.getByTestId("save").click();
        assertThat(page.getByTestId("field-error-nameEn")).not().isEmpty();
        assertEquals("true", form.locator("[name=nameEn]").getAttribute("aria-invalid"));
        form.locator("[name=nameEn]").fill("Test Division");
        page.getByTestId("save").click();
        saved(page);
        assertThat(row).containsText("กองทดสอบ");
        assertThat(row).containsText("Test Division");

        // renamed: the same division under its new names
        row.getByRole(AriaRole.BUTTON).click();
        assertThat(form.locator("[name=nameTh]")).hasValue("กองทดสอบ");
        form.locator("[name=nameTh]").fill("กองคลังทดสอบ");
        form.locator("[name=nameEn]").fill("Test Finance Division");
        page.getByTestId("save").click();
        saved(page);
        assertThat(row).containsText("กองคลังทดสอบ");
        JsonPath divisions = Api.admin().get("/api/v1/admin/divisions").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Test Finance Division"),
                divisions.getList("findAll { it.code == '" + code + "' }.nameEn"));

        // the same code again: the 409 next to the code field, in Thai, then in English
        form.locator("[name=code]").fill(code);
        form.locator("[name=nameTh]").fill("กองซ้ำ");
        form.locator("[name=nameEn]").fill("Duplicate");
        page.getByTestId("save").click();
        assertThat(page.getByTestId("field-error-code")).containsText("มีสำนัก/กองรหัส '" + code + "' อยู่แล้ว");
        assertEquals("true", form.locator("[name=code]").getAttribute("aria-invalid"));
        page.locator("#lang").click();
        page.getByTestId("save").click();
        assertThat(page.getByTestId("field-error-code")).containsText("already exists");
        page.locator("#lang").click();

        // the services tab offers it as a service's responsible division
        page.getByTestId("admin-tab-services").click();
        Locator serviceForm = page.getByTestId("service-form");
        Locator division = serviceForm.locator("[name=division]");
        assertThat(division.locator("option[value='" + code + "']")).hasText("กองคลังทดสอบ (" + code + ")");
        serviceForm.locator("[name=prefix]").fill("D");
        serviceForm.locator("[name=nameTh]").fill("งานของกองทดสอบ");
        serviceForm.locator("[name=nameEn]").fill("The test division's service");
        division.selectOption(code);
        page.getByTestId("save").click();
        saved(page);
        assertThat(page.getByTestId("service-row-D")).containsText(code);
        Api.admin().get("/api/v1/admin/service-points/{sp}/services/{prefix}", site.code(), "D").then().statusCode(200)
                .body("division", equalTo(code));
        Chromium.close(page);
    }

    @Test
    void displayKeyShownOnceWithItsAddress() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        Page page = signedIn(site, "devices");
        Locator form = page.getByTestId("device-form");
        form.locator("[name=name]").fill("จอห้องโถง " + site.code());
        form.locator("[name=kind]").selectOption("DISPLAY");
        assertThat(form.locator("[name=servicePoint]")).hasValue(site.code());
        page.getByTestId("save").click();

        String key = page.getByTestId("device-key-value").textContent();
        String url = page.getByTestId("device-url").textContent();
        assertTrue(url.endsWith("/display/?sp=" + site.code() + "&key=" + key), url);
        assertThat(page.getByText("แสดงครั้งเดียวเท่านั้น")).isVisible();
        Chromium.screenshot(page, "admin-device-key");

        // the key works for the display's queue, and the screen never shows it again
        Api.display(new Site(site.code(), site.id(), site.services(), site.counters(), site.clerks(), null, key,
                site.counterKeys()))
                .get("/api/v1/service-points/{sp}/queue", site.code()).then().statusCode(200);
        page.getByTestId("admin-tab-users").click();
        page.getByTestId("admin-tab-devices").click();
        assertThat(page.getByTestId("device-form")).isVisible();
        assertThat(page.getByTestId("device-key-value")).hasCount(0);
        assertThat(page.locator("table")).containsText("จอห้องโถง " + site.code());
        Chromium.close(page);
    }

    @Test
    void counterScreenKeyIsRegisteredWithItsCounterAndOpensThatCounterOnly() {
        Site site = fixtures.site().service("A").counter(1, "A").counter(2, "A").create();
        Page page = signedIn(site, "devices");
        Locator form = page.getByTestId("device-form");
        assertThat(page.getByTestId("field-error-counter").locator("..")).isHidden();
        form.locator("[name=name]").fill("จอหน้าช่อง 2 " + site.code());
        form.locator("[name=kind]").selectOption("COUNTER");
        Locator counter = form.locator("[name=counter]");
        assertThat(counter).isVisible();
        assertThat(counter.locator("option")).hasCount(2);
        counter.selectOption(String.valueOf(site.counter(2)));
        page.getByTestId("save").click();

        String key = page.getByTestId("device-key-value").textContent();
        String url = page.getByTestId("device-url").textContent();
        assertTrue(url.endsWith("/counter/?counter=" + site.counter(2) + "&key=" + key), url);
        assertThat(page.locator("table")).containsText("จอหน้าช่องบริการ 2");
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
        Page page = signedIn(site, "users");
        Locator form = page.getByTestId("user-form");
        form.locator("[name=username]").fill(username);
        form.locator("[name=displayName]").fill("สมศรี ทดสอบ");
        form.locator("[name=password]").fill("short");
        page.getByTestId("role-CLERK").check();
        page.getByTestId("save").click();
        assertThat(page.getByTestId("field-error-password")).not().isEmpty();

        form.locator("[name=password]").fill("รหัสผ่านยาวพอ1");
        page.getByTestId("save").click();
        saved(page);
        assertThat(page.getByTestId("user-row-" + username)).containsText("เจ้าหน้าที่ให้บริการ");
        // the Thai password as a browser sends it: UTF-8 under Basic
        String basic = Base64.getEncoder()
                .encodeToString((username + ":รหัสผ่านยาวพอ1").getBytes(StandardCharsets.UTF_8));
        given().header("Authorization", "Basic " + basic).get("/api/v1/service-points/{sp}/queue", site.code())
                .then().statusCode(200);

        // the same username again: 409, said plainly
        page.getByTestId("user-form").locator("[name=username]").fill(username);
        page.getByTestId("user-form").locator("[name=displayName]").fill("อีกคน");
        page.getByTestId("user-form").locator("[name=password]").fill("longenough");
        page.getByTestId("role-EXECUTIVE").check();
        page.getByTestId("save").click();
        assertThat(page.getByTestId("admin-error")).containsText(username);
        Chromium.close(page);
    }

    @Test
    void posterQrAndQuestionnaire() {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        Page page = signedIn(site, "counters");
        page.getByTestId("poster-1").click();
        assertThat(page.getByText("ช่องนี้ยังไม่มีโปสเตอร์")).isVisible();
        page.getByTestId("poster-create").click();
        assertThat(page.getByTestId("poster-qr")).isVisible();
        page.waitForFunction("() => document.querySelector('[data-testid=poster-qr]').naturalWidth > 0");
        assertThat(page.locator(".poster")).containsText("/survey/?p=");
        Api.admin().get("/api/v1/admin/counters/{id}/poster", site.counter(1)).then().statusCode(200);

        // the current questionnaire, editable; an emptied text is named on its row and nothing is sent
        page.getByTestId("admin-tab-questionnaire").click();
        Locator e2 = page.getByTestId("q-item-E2");
        assertThat(e2.locator("input[type=text]").first()).not().hasValue("");
        e2.locator("input[type=text]").first().fill("");
        page.getByTestId("save").click();
        assertThat(e2.locator(".field-error").first()).not().isEmpty();
        assertThat(page.getByTestId("admin-error")).containsText("ข้อมูลไม่ถูกต้อง");
        Chromium.close(page);
    }

    @Test
    void onlyAdministratorsGetIn() {
        Page page = Chromium.open(admin.toString(), 1366, 768);
        page.getByTestId("login-username").fill("exec");
        page.getByTestId("login-password").fill("exec");
        page.getByTestId("login-submit").click();
        assertThat(page.getByTestId("admin-error")).containsText("ไม่ใช่ผู้ดูแลระบบ");
        assertThat(page.getByTestId("admin-tab-services")).isHidden();
        Chromium.close(page);
    }

    @BeforeAll
    static void slowMachine() {
        // the test machine is shared; give the page time to answer
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    /** Waits for the form's answer and expects it to be "saved", not an error. */
    private static void saved(Page page) {
        page.waitForSelector("#admin-notice:not(:empty), #admin-error:not(:empty)");
        Object fieldErrors = page.evaluate("() => [...document.querySelectorAll('.field-error')]"
                + ".filter(e => e.textContent).map(e => e.dataset.testid + ': ' + e.textContent).join('; ')");
        assertEquals("", page.getByTestId("admin-error").textContent(), "errors: " + fieldErrors);
        assertThat(page.locator("#admin-notice")).not().isEmpty();
    }

    private Page signedIn(Site site, String tab) {
        Page page = Chromium.open(admin + "?sp=" + site.code(), 1366, 768);
        page.getByTestId("login-username").fill("admin");
        page.getByTestId("login-password").fill("admin");
        page.getByTestId("login-submit").click();
        page.getByTestId("admin-tab-" + tab).click();
        assertThat(page.getByTestId("admin-tab-" + tab)).hasAttribute("aria-selected", "true");
        return page;
    }

    private static void fillStep(Locator row, String th, String en, String minutes) {
        row.locator("[name=titleTh]").fill(th);
        row.locator("[name=titleEn]").fill(en);
        row.locator("[name=standardMinutes]").fill(minutes);
    }
}
