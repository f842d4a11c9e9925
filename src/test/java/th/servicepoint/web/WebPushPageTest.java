package th.servicepoint.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.act;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.web.ScreenParts.button;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import th.servicepoint.notify.PushServiceStandIn;
import th.servicepoint.notify.PushServiceStandIn.Phone;
import th.servicepoint.support.Chromium;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.OutboundStandIns;
import th.servicepoint.support.Site;

/**
 * "Notify me on this phone" on the ticket page, in headless Chromium with web push on. Headless Chromium has
 * PushManager and registers the service worker, but reaches no real push service (the machine's network is closed, and
 * Chromium's own push service is Google's), so PushManager.subscribe is replaced in the page by one that returns a
 * subscription at the stand-in push service, with the keys of a phone the stand-in knows: the page's own code then
 * sends it to the API as it would a real one, and what the service pushes is decrypted at the stand-in. What is not
 * tested here: a real push service's subscription, and the worker showing a notification.
 */
@QuarkusTest
@TestProfile(OutboundStandIns.class)
class WebPushPageTest {

    static final String BUTTON = "แจ้งเตือนบนโทรศัพท์เครื่องนี้ · Notify me on this phone";
    static final String STOP = "หยุดแจ้งเตือนบนเครื่องนี้ · Stop notifications on this phone";

    /** PushManager.subscribe answering with the stand-in phone's subscription, and recording what it was asked. */
    private static String fakePushService(Phone phone) {
        return """
                window.__pushOptions = null;
                const subscription = {
                  endpoint: %s,
                  options: null,
                  toJSON() { return { endpoint: this.endpoint, expirationTime: null, keys: { p256dh: %s, auth: %s } }; },
                  unsubscribe: async () => true,
                };
                // a browser keeps its subscription across loads; the replacement keeps it in the page's storage
                let subscribed = localStorage.getItem("fake-push") ? subscription : null;
                PushManager.prototype.subscribe = async function (options) {
                  window.__pushOptions = { userVisibleOnly: options.userVisibleOnly,
                    key: Array.from(new Uint8Array(options.applicationServerKey)) };
                  subscription.options = options;
                  subscribed = subscription;
                  localStorage.setItem("fake-push", "1");
                  return subscription;
                };
                PushManager.prototype.getSubscription = async function () { return subscribed; };
                """.formatted(quoted(phone.endpoint()), quoted(phone.p256dh()), quoted(phone.authSecret()));
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    @Inject
    Fixtures fixtures;

    @TestHTTPResource("/ticket/")
    URL ticketPage;

    Site site;

    @BeforeEach
    void site() {
        site = fixtures.site().service("A").counter(1, "A").create();
        openCounter(site, 1);
    }

    @Test
    void aTapAsksOnceThenThePhoneHearsItsCall() {
        issue(site, "A");
        String token = issue(site, "A").getString("trackingToken");
        Phone phone = PushServiceStandIn.phone();
        Page page = Chromium.open("about:blank", 360, 740);
        page.context().grantPermissions(List.of("notifications"));
        page.addInitScript(fakePushService(phone));
        page.navigate(ticketPage + "?t=" + token);

        assertThat(button(page, BUTTON)).isVisible();
        assertEquals(null, page.evaluate("window.__pushOptions"), "nothing is subscribed before the tap");
        Accessibility.assertNoViolations(page, "ticket with the web push offer");

        button(page, BUTTON).click();
        assertThat(page.locator("#web-push-state")).hasText(
                "เปิดการแจ้งเตือนบนโทรศัพท์เครื่องนี้แล้ว ออกไปทำธุระก่อนได้ · Notifications are on for this phone: you "
                        + "may step out.");
        assertThat(button(page, STOP)).isVisible();
        assertThat(button(page, BUTTON)).isHidden();
        assertEquals(Boolean.TRUE, page.evaluate("window.__pushOptions.userVisibleOnly"));
        assertEquals(65, ((List<?>) page.evaluate("window.__pushOptions.key")).size(), "the service's VAPID key");
        // the worker is served from /ticket/ under the page's CSP and controls the ticket page's scope
        assertTrue(((String) page.evaluate("navigator.serviceWorker.getRegistration('/ticket/')"
                + ".then(r => r && (r.active || r.installing || r.waiting).scriptURL)")).endsWith("/ticket/push-worker.js"));
        Accessibility.assertNoViolations(page, "ticket with web push on");

        // the subscription reached the service: the next notice is pushed to the phone (the call-ahead of a ticket
        // next in line, told at once, then its call)
        await().atMost(Duration.ofSeconds(15)).until(() -> phone.received().size() == 1);
        act(site, 1, callNext(site, 1).getLong("id"), "no-show").statusCode(200);
        callNext(site, 1);
        await().atMost(Duration.ofSeconds(15)).until(() -> phone.received().size() == 2);
        assertTrue(phone.received().get(1).json().path("body").asText().startsWith("ถึงคิว "));

        page.reload();
        assertThat(button(page, STOP)).isVisible(); // remembered for this ticket
        button(page, STOP).click();
        assertThat(button(page, BUTTON)).isVisible();
        Chromium.close(page);
    }

    @Test
    void aRefusedPermissionIsShownAsBlocked() {
        String token = issue(site, "A").getString("trackingToken");
        Page page = Chromium.open("about:blank", 360, 740);
        page.addInitScript(fakePushService(PushServiceStandIn.phone()));
        page.navigate(ticketPage + "?t=" + token);
        assertThat(button(page, BUTTON)).isVisible();
        assertEquals("default", page.evaluate("Notification.permission"), "the page does not ask before the tap");
        // headless Chromium answers a permission prompt itself: denied
        button(page, BUTTON).click();
        assertThat(page.locator("#web-push-state")).containsText("เบราว์เซอร์ปิดการแจ้งเตือนของเว็บนี้ไว้");
        Chromium.close(page);
    }
}
