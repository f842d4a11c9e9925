package th.servicepoint.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static th.servicepoint.web.AdminScreen.form;
import static th.servicepoint.web.AdminScreen.row;
import static th.servicepoint.web.AdminScreen.saved;
import static th.servicepoint.web.AdminScreen.tab;
import static th.servicepoint.web.ScreenParts.alert;
import static th.servicepoint.web.ScreenParts.button;
import static th.servicepoint.web.ScreenParts.signIn;

import java.net.URL;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import th.servicepoint.support.Api;
import th.servicepoint.support.Chromium;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Site;

/** An administrator opens remote joining of a service on the services tab; a setting that cannot work is explained. */
@QuarkusTest
class RemoteJoinAdminScreenTest {

    private static final Pattern SAID = Pattern.compile("\\S");

    @TestHTTPResource("/admin/")
    URL admin;

    @Inject
    Fixtures fixtures;

    @Test
    void remoteJoiningIsOpenedWithALimitAndAWindow() {
        Site site = fixtures.site().service("A", 5).counter(1, "A").create();
        Page page = Chromium.open(admin + "?sp=" + site.code(), 1366, 768);
        signIn(page, "admin", "admin");
        tab(page, "งานบริการ").click();
        button(row(page, "A"), "แก้ไข").click();
        Locator form = form(page, "แก้ไขงานบริการ A");
        Locator remote = form.getByRole(AriaRole.GROUP,
                new Locator.GetByRoleOptions().setName("การจองคิวออนไลน์ (ประชาชนจองคิวจากโทรศัพท์ก่อนมาถึง)"));
        Locator enabled = remote.getByLabel("เปิดให้จองคิวออนไลน์");
        Locator max = remote.getByLabel("จำนวนบัตรคิวออนไลน์สูงสุดต่อวัน");
        assertThat(enabled).not().isChecked();

        // a share with no daily cap gives no limit: the maximum is asked for, next to its field
        enabled.check();
        remote.getByLabel("สัดส่วนบัตรคิวออนไลน์").fill("30");
        button(form, "บันทึก").click();
        assertThat(max).hasAccessibleDescription(SAID);
        assertThat(alert(page)).containsText("ข้อมูลไม่ถูกต้อง");
        Accessibility.assertNoViolations(page, "remote joining with a field error");

        max.fill("15");
        remote.getByLabel("เริ่มรับคิวออนไลน์").fill("09:00");
        remote.getByLabel("สิ้นสุดรับคิวออนไลน์").fill("15:00");
        button(form, "บันทึก").click();
        saved(page);
        assertThat(row(page, "A")).containsText("15");
        Api.admin().get("/api/v1/admin/service-points/{sp}/services/{prefix}", site.code(), "A").then()
                .statusCode(200).body("remoteJoin.enabled", org.hamcrest.Matchers.equalTo(true))
                .body("remoteJoin.dailyMax", org.hamcrest.Matchers.equalTo(15))
                .body("remoteJoin.opensAt", org.hamcrest.Matchers.startsWith("09:00"))
                .body("remoteDailyLimit", org.hamcrest.Matchers.equalTo(15));
        Chromium.close(page);
    }
}
