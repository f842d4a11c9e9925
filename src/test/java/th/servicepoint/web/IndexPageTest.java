package th.servicepoint.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import th.servicepoint.support.Chromium;

/** The start page in a real browser: it links every screen, each screen is served, and nothing of /q/. */
@QuarkusTest
class IndexPageTest {

    private static final List<String> SCREENS = List.of("/kiosk/", "/display/", "/counter/", "/clerk/", "/join/", "/book/",
            "/ticket/",
            "/survey/", "/complaint/", "/exec/", "/admin/");

    @TestHTTPResource("/")
    URL root;

    @Test
    void linksEveryScreen() {
        Page page = Chromium.open(root.toString(), 1280, 800);
        assertEquals("th", page.locator("html").getAttribute("lang"));
        List<String> links = page.locator("ul.screens a").all().stream().map(a -> a.getAttribute("href"))
                .map(href -> href.substring(0, href.indexOf('/', 1) + 1)).toList();
        assertEquals(SCREENS, links);
        SCREENS.forEach(screen -> given().get(screen).then().statusCode(200).contentType(containsString("text/html")));
        assertTrue(page.locator("h1").textContent().contains("Service Point"));
        // styled by its own file under the screens' Content-Security-Policy (no inline style)
        assertEquals("grid", page.locator("ul.screens").evaluate("list => getComputedStyle(list).display"));
        // health, metrics and OpenAPI are on the management port, which the public does not reach
        assertEquals(0, page.locator("a[href^='/q/']").count());
        Accessibility.assertNoViolations(page, "the start page");
        Chromium.screenshot(page, "index");
        Chromium.close(page);
    }
}
