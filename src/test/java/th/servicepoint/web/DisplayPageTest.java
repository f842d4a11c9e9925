package th.servicepoint.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.act;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.openCounter;

import java.net.URL;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import th.servicepoint.support.Chromium;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.Site;

/** The lobby display in a real browser at 1920 × 1080: the queue, the calls within a second, spoken in order. */
@QuarkusTest
class DisplayPageTest {

    private static final LocatorAssertions.HasTextOptions WITHIN_1S = new LocatorAssertions.HasTextOptions()
            .setTimeout(1000);
    private static final LocatorAssertions.HasTextOptions SOON = new LocatorAssertions.HasTextOptions()
            .setTimeout(10000);

    @TestHTTPResource("/display/")
    URL display;

    @Inject
    Fixtures fixtures;

    private String address(Site site) {
        return display + "?sp=" + site.code() + "&key=" + site.displayKey();
    }

    private static void assertLive(Page page) {
        assertThat(connection(page)).hasAttribute("data-state", "live",
                new LocatorAssertions.HasAttributeOptions().setTimeout(10000));
    }

    /** The badge in the bar that says whether the screen is live (its state also in data-state). */
    static Locator connection(Page page) {
        return page.getByRole(AriaRole.STATUS, named("Connection"));
    }

    /** The number called last, big under "Now calling". */
    static Locator nowCalling(Page page) {
        return region(page, "Now calling").getByRole(AriaRole.STRONG);
    }

    /** The calls before it, under "Recent calls". */
    static Locator recentCalls(Page page) {
        return page.getByRole(AriaRole.LIST, named("Recent calls"));
    }

    /** What a counter serves now (or closed, paused): the bold line under its name. */
    static Locator serving(Page page, int counter) {
        return region(page, "Counters").getByRole(AriaRole.LISTITEM)
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByText(Pattern.compile("Counter " + counter + "$"))))
                .getByRole(AriaRole.STRONG);
    }

    /** How many wait for a service: the bold number in its line, found by the service's letter. */
    private static Locator waiting(Page page, String prefix) {
        return region(page, "Waiting").getByRole(AriaRole.LISTITEM)
                .filter(new Locator.FilterOptions().setHas(page.getByText(prefix, new Page.GetByTextOptions().setExact(true))))
                .getByRole(AriaRole.STRONG);
    }

    /** The text of the call being announced, in the live region screen readers speak from. */
    private static Locator announcement(Page page) {
        return page.getByRole(AriaRole.STATUS, named("Call announcement"));
    }

    private static Locator region(Page page, String name) {
        return page.getByRole(AriaRole.REGION, named(name));
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void showsTheQueueAndAnnouncesEachCallInTurn() {
        Site site = fixtures.site().service("A", 5, 10).service("B", 20).counter(1, "A").counter(3, "A", "B").create();
        issue(site, "A");
        issue(site, "A");
        issue(site, "B");
        openCounter(site, 1);
        openCounter(site, 3);
        Page page = Chromium.open(address(site), 1920, 1080);
        List<String> clips = new CopyOnWriteArrayList<>();
        page.onResponse(response -> {
            if (response.url().contains("/display/audio/") && response.status() == 200) {
                clips.add(response.url().substring(response.url().lastIndexOf('/') + 1));
            }
        });
        assertLive(page);
        assertThat(waiting(page, "A")).hasText("2");
        // sound on, as the hall's staff do with one tap where the browser asks for it
        Locator sound = page.getByRole(AriaRole.BUTTON, named("แตะเพื่อเปิดเสียง"));
        if (sound.isVisible()) {
            sound.click();
        }
        assertThat(sound).isHidden();
        assertThat(waiting(page, "B")).hasText("1");
        assertThat(serving(page, 1)).hasText("–");
        assertThat(region(page, "Service steps and standard times")).containsText("ขั้นตอน 1");

        long first = callNext(site, 3).getLong("id");
        assertThat(nowCalling(page)).hasText("A001", WITHIN_1S);
        assertThat(serving(page, 3)).hasText("A001", WITHIN_1S);
        assertThat(waiting(page, "A")).hasText("1");
        assertThat(announcement(page)).hasText("เชิญหมายเลข A001 ที่ช่องบริการ 3");

        // two calls in quick succession: both shown at once, spoken one after the other
        act(site, 3, first, "start").statusCode(200);
        act(site, 3, first, "complete").statusCode(200);
        assertThat(serving(page, 3)).hasText("–");
        callNext(site, 1);
        callNext(site, 3);
        assertThat(nowCalling(page)).hasText("B001", WITHIN_1S);
        assertThat(serving(page, 1)).hasText("A002");
        assertThat(serving(page, 3)).hasText("B001");
        assertThat(recentCalls(page)).containsText("A002");
        assertThat(waiting(page, "B")).hasText("0");
        Chromium.screenshot(page, "display");
        // the record of what was spoken is hidden from screen readers (they hear each call in the live region), so no
        // role reaches it: a test id
        Locator spoken = page.getByTestId("announcements").locator("li");
        assertThat(spoken).hasText(new String[] { "เชิญหมายเลข A001 ที่ช่องบริการ 3", "เชิญหมายเลข A002 ที่ช่องบริการ 1",
                "เชิญหมายเลข B001 ที่ช่องบริการ 3" }, new LocatorAssertions.HasTextOptions().setTimeout(40000));
        assertThat(announcement(page)).hasText("เชิญหมายเลข B001 ที่ช่องบริการ 3");
        // without a Thai voice in the browser the calls were joined from the shipped clips
        assertTrue(clips.containsAll(List.of("phrase-call.wav", "letter-A.wav", "digit-0.wav", "digit-1.wav",
                "phrase-counter.wav", "counter-3.wav", "letter-B.wav")), clips.toString());
        Chromium.close(page);
    }

    @Test
    void survivesANetworkDropAndShowsTheCallsMadeMeanwhile() throws Exception {
        Site site = fixtures.site().service("A").counter(1, "A").create();
        issue(site, "A");
        issue(site, "A");
        openCounter(site, 1);
        try (NetworkCut network = NetworkCut.to(display.getPort())) {
            Page page = Chromium.open(network.base() + "/display/?sp=" + site.code() + "&key=" + site.displayKey(),
                    1920, 1080);
            assertLive(page);
            assertThat(waiting(page, "A")).hasText("2");

            network.down();
            assertThat(connection(page)).hasAttribute("data-state", "offline");
            assertThat(connection(page)).containsText("ขาดการเชื่อมต่อ");
            long first = callNext(site, 1).getLong("id");
            page.waitForTimeout(1500);
            assertThat(nowCalling(page)).hasText("–");
            Chromium.screenshot(page, "display-offline");

            network.up();
            assertLive(page);
            assertThat(nowCalling(page)).hasText("A001", SOON);
            assertThat(serving(page, 1)).hasText("A001");
            assertThat(waiting(page, "A")).hasText("1");
            act(site, 1, first, "start").statusCode(200);
            act(site, 1, first, "complete").statusCode(200);
            callNext(site, 1);
            assertThat(nowCalling(page)).hasText("A002", SOON);
            Chromium.close(page);
        }
    }

    @Test
    void aRefusedKeyIsExplainedInThaiAndEnglish() {
        Site site = fixtures.site().service("A").create();
        Page page = Chromium.open(display + "?sp=" + site.code() + "&key=" + site.kioskKey(), 1920, 1080);
        assertThat(connection(page)).hasAttribute("data-state", "refused",
                new LocatorAssertions.HasAttributeOptions().setTimeout(10000));
        Locator refusal = page.getByRole(AriaRole.ALERT);
        assertThat(refusal).isVisible();
        // the explanation in Thai, then in English
        List<String> lines = refusal.getByRole(AriaRole.PARAGRAPH).allTextContents();
        assertEquals(2, lines.size(), lines.toString());
        String thai = lines.get(0);
        String english = lines.get(1);
        assertTrue(thai.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.THAI), thai);
        assertTrue(!english.isBlank() && english.chars().allMatch(c -> c < 0x0E00), english);
        assertEquals("true", String.valueOf(nowCalling(page).isVisible()));
        Chromium.close(page);
    }
}
