package th.servicepoint.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static th.servicepoint.web.ComplaintScreen.answer;
import static th.servicepoint.web.ComplaintScreen.part;
import static th.servicepoint.web.ComplaintScreen.trackingCode;
import static th.servicepoint.web.ScreenParts.button;
import static th.servicepoint.web.ScreenParts.fact;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import th.servicepoint.support.Api;
import th.servicepoint.support.Chromium;

/** A citizen files a complaint on a phone, keeps the code, and later reads the agency's answer. */
@QuarkusTest
class ComplaintPageTest {

    private static final Pattern THAI = Pattern.compile("[\\u0E00-\\u0E7F]");
    private static final Pattern ENGLISH_ONLY = Pattern.compile("^[^\\u0E00-\\u0E7F]*[A-Za-z][^\\u0E00-\\u0E7F]*$");

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
        assertThat(page.getByRole(AriaRole.CHECKBOX)).hasAccessibleName(Pattern.compile("^เรื่องนี้เกี่ยวกับจุดบริการ"));
        Accessibility.assertNoViolations(page, "complaint form");

        // nothing chosen or written: told in Thai beside each field
        button(page, "ส่งเรื่องร้องเรียน").click();
        assertThat(part(page, "แจ้งเรื่องร้องเรียน").getByRole(AriaRole.ALERT))
                .hasText("กรุณาแก้ไขข้อที่แจ้งไว้ แล้วส่งอีกครั้ง");
        // each field's message is its description, as a screen reader reads it with the field
        assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("เรื่องที่ต้องการร้องเรียน")))
                .hasAccessibleDescription("กรุณาเลือกประเภทเรื่องที่ร้องเรียน");
        assertThat(page.getByLabel("รายละเอียดเรื่องที่ร้องเรียน"))
                .hasAccessibleDescription(Pattern.compile("กรุณาเล่ารายละเอียดเรื่องที่ร้องเรียน$"));
        Accessibility.assertNoViolations(page, "complaint form with its problems");

        assertThat(page.getByRole(AriaRole.NOTE)).isHidden();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("การทุจริตและประพฤติมิชอบ")).check();
        assertThat(page.getByRole(AriaRole.NOTE)).isVisible();
        assertThat(page.getByRole(AriaRole.NOTE)).containsText("เจ้าหน้าที่รับเรื่องร้องเรียนที่ได้รับมอบหมายเท่านั้น");
        Accessibility.assertNoViolations(page, "complaint form, corruption chosen");
        page.getByLabel("รายละเอียดเรื่องที่ร้องเรียน").fill("มีผู้เรียกเงิน 500 บาทเพื่อให้ได้คิวก่อน");
        page.getByLabel("ช่องทางติดต่อกลับ").fill("081-234-5678");
        button(page, "ส่งเรื่องร้องเรียน").click();

        assertThat(trackingCode(page, "รับเรื่องแล้ว")).isVisible();
        String code = trackingCode(page, "รับเรื่องแล้ว").textContent();
        assertThat(part(page, "รับเรื่องแล้ว")).containsText("กรุณาจดหรือถ่ายภาพหน้าจอรหัสนี้เก็บไว้");
        button(page, "คัดลอกรหัส").click();
        assertThat(part(page, "รับเรื่องแล้ว").getByRole(AriaRole.STATUS)).hasText("คัดลอกรหัสแล้ว");
        assertEquals(code, page.evaluate("navigator.clipboard.readText()"));
        Accessibility.assertNoViolations(page, "complaint filed");
        Chromium.screenshot(page, "complaint-filed");

        JsonPath stored = asOfficer(code);
        assertEquals("CORRUPTION", stored.getString("category"));
        assertEquals("มีผู้เรียกเงิน 500 บาทเพื่อให้ได้คิวก่อน", stored.getString("text"));
        assertEquals("081-234-5678", stored.getString("contact"));
        assertEquals("pao-hq", stored.getString("servicePoint"));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ดูสถานะเรื่องนี้")).click();
        assertThat(fact(page, "สถานะ")).hasText("รับเรื่องแล้ว รอดำเนินการ");
        assertThat(answer(page)).containsText("ยังไม่มีคำตอบ");
        Accessibility.assertNoViolations(page, "complaint tracked, no answer yet");
        Chromium.close(page);

        Api.as("officer", "officer").body(Map.of("status", "CLOSED", "publicAnswer", "ตรวจสอบแล้ว ดำเนินการทางวินัย"))
                .post("/api/v1/complaints/{reference}/status", stored.getString("reference")).then().statusCode(200)
                .body("status", equalTo("CLOSED"));

        // later, from the link with the code
        page = Chromium.open(complaintPage + "?code=" + code, 360, 740);
        assertThat(fact(page, "สถานะ")).hasText("ดำเนินการเสร็จสิ้น");
        assertThat(answer(page)).hasText("ตรวจสอบแล้ว ดำเนินการทางวินัย");
        assertThat(fact(page, "เรื่อง")).hasText("การทุจริตและประพฤติมิชอบ");
        assertThat(fact(page, "แจ้งเมื่อ")).hasText(Pattern.compile("25[6-9]\\d"));
        Accessibility.assertNoViolations(page, "complaint answered");
        button(page, "English").click();
        assertThat(fact(page, "Status")).hasText("Closed");
        Accessibility.assertNoViolations(page, "complaint answered, in English");
        Chromium.close(page);

        // or typed in lower case without dashes
        page = Chromium.open(complaintPage.toString(), 360, 740);
        page.getByLabel("รหัสติดตามเรื่อง").fill(code.replace("-", "").toLowerCase());
        button(page, "ตรวจสอบสถานะ").click();
        assertThat(fact(page, "สถานะ")).hasText("ดำเนินการเสร็จสิ้น");
        Chromium.close(page);
    }

    @Test
    void anUnfairServiceComplaintWithoutContactAndAnUnknownCode() {
        Page page = Chromium.open(complaintPage.toString(), 360, 740);
        assertThat(page.getByRole(AriaRole.CHECKBOX)).isHidden();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("การให้บริการไม่เป็นธรรม")).check();
        page.getByLabel("รายละเอียดเรื่องที่ร้องเรียน").fill("เจ้าหน้าที่ให้คนรู้จักลัดคิว");
        button(page, "ส่งเรื่องร้องเรียน").click();
        assertThat(trackingCode(page, "รับเรื่องแล้ว")).isVisible();
        JsonPath stored = asOfficer(trackingCode(page, "รับเรื่องแล้ว").textContent());
        assertEquals("UNFAIR_SERVICE", stored.getString("category"));
        assertEquals(null, stored.getString("contact"));
        assertEquals(null, stored.getString("servicePoint"));

        page.getByLabel("รหัสติดตามเรื่อง").fill("2222-3333-4444");
        button(page, "ตรวจสอบสถานะ").click();
        assertThat(part(page, "ติดตามเรื่องร้องเรียน").getByRole(AriaRole.ALERT)).not().isEmpty();
        assertThat(fact(page, "สถานะ")).isHidden();
        Accessibility.assertNoViolations(page, "complaint, unknown code");
        page.getByLabel("รหัสติดตามเรื่อง").fill("12");
        button(page, "ตรวจสอบสถานะ").click();
        assertThat(part(page, "ติดตามเรื่องร้องเรียน").getByRole(AriaRole.ALERT)).hasText("กรุณากรอกรหัสติดตามเรื่อง 12 ตัว");
        Chromium.close(page);
    }

    @Test
    void theServersFieldProblemsAreShownBesideTheirFields() {
        Page page = Chromium.open(complaintPage + "?sp=no-such-place", 360, 740);
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("เรื่องทั่วไป")).check();
        page.getByLabel("รายละเอียดเรื่องที่ร้องเรียน").fill("ห้องน้ำไม่สะอาด");
        button(page, "ส่งเรื่องร้องเรียน").click();
        Locator servicePoint = page.getByRole(AriaRole.CHECKBOX);
        assertThat(servicePoint).hasAccessibleDescription(THAI);
        assertThat(part(page, "แจ้งเรื่องร้องเรียน").getByRole(AriaRole.ALERT))
                .hasText("กรุณาแก้ไขข้อที่แจ้งไว้ แล้วส่งอีกครั้ง");
        assertThat(part(page, "รับเรื่องแล้ว")).isHidden();
        Accessibility.assertNoViolations(page, "complaint, the server's field problems");
        button(page, "English").click();
        assertThat(servicePoint).hasAccessibleDescription(ENGLISH_ONLY);

        // without the service point it goes through
        servicePoint.uncheck();
        button(page, "Send the complaint").click();
        assertThat(trackingCode(page, "Received")).isVisible();
        Chromium.close(page);
    }
}
