package th.servicepoint.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import th.servicepoint.support.Api;
import th.servicepoint.support.Chromium;

/** A citizen files a complaint on a phone, keeps the code, and later reads the agency's answer. */
@QuarkusTest
class ComplaintPageTest {

    private static final Pattern CODE = Pattern.compile("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");

    @TestHTTPResource("/complaint/")
    URL complaintPage;

    /** The complaint as a complaint officer reads it. */
    static JsonPath asOfficer(String trackingCode) {
        List<Map<String, Object>> listed = Api.as("officer", "officer").get("/api/v1/complaints").then().statusCode(200)
                .extract().jsonPath().getList("$");
        Object reference = listed.stream().filter(c -> trackingCode.equals(c.get("trackingCode"))).findFirst()
                .orElseThrow().get("reference");
        return Api.as("officer", "officer").get("/api/v1/complaints/{reference}", reference).then().statusCode(200).extract()
                .jsonPath();
    }

    @Test
    void aCorruptionComplaintIsFiledAnonymouslyAndTrackedToItsAnswer() {
        Page page = Chromium.open(complaintPage + "?sp=pao-hq", 360, 740);
        page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
        assertThat(page.locator("#sp-text")).containsText("เรื่องนี้เกี่ยวกับจุดบริการ");

        // nothing chosen or written: told in Thai beside each field
        page.getByTestId("complaint-submit").click();
        assertThat(page.getByTestId("complaint-error")).hasText("กรุณาแก้ไขข้อที่แจ้งไว้ แล้วส่งอีกครั้ง");
        assertThat(page.locator("#error-category")).hasText("กรุณาเลือกประเภทเรื่องที่ร้องเรียน");
        assertThat(page.locator("#error-text")).hasText("กรุณาเล่ารายละเอียดเรื่องที่ร้องเรียน");

        assertThat(page.locator("#confidential")).isHidden();
        page.getByTestId("complaint-category-CORRUPTION").check();
        assertThat(page.locator("#confidential")).isVisible();
        assertThat(page.locator("#confidential")).containsText("เจ้าหน้าที่รับเรื่องร้องเรียนที่ได้รับมอบหมายเท่านั้น");
        page.getByTestId("complaint-text").fill("มีผู้เรียกเงิน 500 บาทเพื่อให้ได้คิวก่อน");
        page.getByTestId("complaint-contact").fill("081-234-5678");
        page.getByTestId("complaint-submit").click();

        assertThat(page.getByTestId("tracking-code")).hasText(CODE);
        String code = page.getByTestId("tracking-code").textContent();
        assertThat(page.locator("#filed")).containsText("กรุณาจดหรือถ่ายภาพหน้าจอรหัสนี้เก็บไว้");
        page.locator("#copy").click();
        assertThat(page.locator("#copied")).hasText("คัดลอกรหัสแล้ว");
        assertEquals(code, page.evaluate("navigator.clipboard.readText()"));
        Chromium.screenshot(page, "complaint-filed");

        JsonPath stored = asOfficer(code);
        assertEquals("CORRUPTION", stored.getString("category"));
        assertEquals("มีผู้เรียกเงิน 500 บาทเพื่อให้ได้คิวก่อน", stored.getString("text"));
        assertEquals("081-234-5678", stored.getString("contact"));
        assertEquals("pao-hq", stored.getString("servicePoint"));

        page.locator("#track-link").click();
        assertThat(page.getByTestId("track-status")).hasText("รับเรื่องแล้ว รอดำเนินการ");
        assertThat(page.getByTestId("track-answer")).containsText("ยังไม่มีคำตอบ");
        Chromium.close(page);

        Api.as("officer", "officer").body(Map.of("status", "CLOSED", "publicAnswer", "ตรวจสอบแล้ว ดำเนินการทางวินัย"))
                .post("/api/v1/complaints/{reference}/status", stored.getString("reference")).then().statusCode(200)
                .body("status", equalTo("CLOSED"));

        // later, from the link with the code
        page = Chromium.open(complaintPage + "?code=" + code, 360, 740);
        assertThat(page.getByTestId("track-status")).hasText("ดำเนินการเสร็จสิ้น");
        assertThat(page.getByTestId("track-answer")).hasText("ตรวจสอบแล้ว ดำเนินการทางวินัย");
        assertThat(page.locator("#track-category")).hasText("การทุจริตและประพฤติมิชอบ");
        assertThat(page.locator("#track-created")).hasText(Pattern.compile("25[6-9]\\d"));
        page.locator("#lang").click();
        assertThat(page.getByTestId("track-status")).hasText("Closed");
        Chromium.close(page);

        // or typed in lower case without dashes
        page = Chromium.open(complaintPage.toString(), 360, 740);
        page.getByTestId("track-input").fill(code.replace("-", "").toLowerCase());
        page.getByTestId("track-submit").click();
        assertThat(page.getByTestId("track-status")).hasText("ดำเนินการเสร็จสิ้น");
        Chromium.close(page);
    }

    @Test
    void anUnfairServiceComplaintWithoutContactAndAnUnknownCode() {
        Page page = Chromium.open(complaintPage.toString(), 360, 740);
        assertThat(page.locator("#sp-row")).isHidden();
        page.getByTestId("complaint-category-UNFAIR_SERVICE").check();
        page.getByTestId("complaint-text").fill("เจ้าหน้าที่ให้คนรู้จักลัดคิว");
        page.getByTestId("complaint-submit").click();
        assertThat(page.getByTestId("tracking-code")).hasText(CODE);
        JsonPath stored = asOfficer(page.getByTestId("tracking-code").textContent());
        assertEquals("UNFAIR_SERVICE", stored.getString("category"));
        assertEquals(null, stored.getString("contact"));
        assertEquals(null, stored.getString("servicePoint"));

        page.getByTestId("track-input").fill("2222-3333-4444");
        page.getByTestId("track-submit").click();
        assertThat(page.locator("[data-testid='track-error']")).not().isEmpty();
        assertThat(page.getByTestId("track-status")).isHidden();
        page.getByTestId("track-input").fill("12");
        page.getByTestId("track-submit").click();
        assertThat(page.locator("[data-testid='track-error']")).hasText("กรุณากรอกรหัสติดตามเรื่อง 12 ตัว");
        Chromium.close(page);
    }

    @Test
    void theServersFieldProblemsAreShownBesideTheirFields() {
        Page page = Chromium.open(complaintPage + "?sp=no-such-place", 360, 740);
        page.getByTestId("complaint-category-GENERAL").check();
        page.getByTestId("complaint-text").fill("ห้องน้ำไม่สะอาด");
        page.getByTestId("complaint-submit").click();
        assertThat(page.locator("#error-servicePoint")).not().isEmpty();
        assertThat(page.getByTestId("complaint-error")).hasText("กรุณาแก้ไขข้อที่แจ้งไว้ แล้วส่งอีกครั้ง");
        assertThat(page.getByTestId("tracking-code")).isHidden();
        String thai = page.locator("#error-servicePoint").textContent();
        page.locator("#lang").click();
        assertThat(page.locator("#error-servicePoint")).not().hasText(thai);
        assertTrue(page.locator("#error-servicePoint").textContent().matches(".*[A-Za-z].*"));

        // without the service point it goes through
        page.locator("#sp-include").uncheck();
        page.getByTestId("complaint-submit").click();
        assertThat(page.getByTestId("tracking-code")).hasText(CODE);
        Chromium.close(page);
    }
}
