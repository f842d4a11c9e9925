package th.servicepoint.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.support.Api.act;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.openCounter;
import static th.servicepoint.support.Api.serveNext;
import static th.servicepoint.web.DisplayScreen.announcement;
import static th.servicepoint.web.DisplayScreen.calledTo;
import static th.servicepoint.web.DisplayScreen.connection;
import static th.servicepoint.web.DisplayScreen.counterNumber;
import static th.servicepoint.web.DisplayScreen.counters;
import static th.servicepoint.web.DisplayScreen.nowCalling;
import static th.servicepoint.web.DisplayScreen.nowCallingTag;
import static th.servicepoint.web.DisplayScreen.recentCallRows;
import static th.servicepoint.web.DisplayScreen.recentCalls;
import static th.servicepoint.web.DisplayScreen.services;
import static th.servicepoint.web.DisplayScreen.serving;
import static th.servicepoint.web.DisplayScreen.soundOff;
import static th.servicepoint.web.DisplayScreen.spokenCalls;
import static th.servicepoint.web.DisplayScreen.steps;
import static th.servicepoint.web.DisplayScreen.waiting;
import static th.servicepoint.web.ScreenParts.alert;
import static th.servicepoint.web.ScreenParts.alertLines;
import static th.servicepoint.web.ScreenParts.button;

import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import th.servicepoint.queue.RemoteJoinTest;
import th.servicepoint.support.Appointments;
import th.servicepoint.support.Chromium;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/**
 * The lobby display in a real browser at 1920 × 1080: the queue, the calls within a second, spoken in order; and at
 * 1920 × 1080, 1366 × 768 and 1080 × 1920 with a full day's calls, measured: nothing leaves the screen and every text
 * is big enough to read from across the hall.
 */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class DisplayPageTest {

    private static final LocatorAssertions.HasTextOptions WITHIN_1S = new LocatorAssertions.HasTextOptions()
            .setTimeout(1000);
    private static final LocatorAssertions.HasTextOptions SOON = new LocatorAssertions.HasTextOptions()
            .setTimeout(10000);

    /** Ticket and counter numbers, read from 5 m: 74 px on a 1080 px panel (a glyph of h px reads to h × 0.068 m). */
    private static final double FAR_PX = 74;
    /** Everything else a citizen reads, from 3 m: 45 px on a 1080 px panel. */
    private static final double NEAR_PX = 45;
    private static final Pattern TICKET = Pattern.compile("^[A-Z]\\d{3}$");

    /**
     * Every element the screen shows, as "what: why": outside the screen, or cut by the panel it is in (a list hides
     * what does not fit instead). Only a name that ends in an ellipsis may run past its box, sideways. A piece of text
     * in a line (an inline box) is measured sideways only: its box is as tall as the font's Thai marks may reach, taller
     * than the line the block above it lays out and checks. The record of announced calls is hidden from everyone but
     * the tests (aria-hidden); the announcement region is 1 px.
     */
    private static final String OFF_SCREEN = """
            () => {
              const W = innerWidth, H = innerHeight, bad = [], root = document.documentElement;
              const name = (e) => `${e.tagName}#${e.id}.${e.className} "${e.textContent.trim().slice(0, 24)}"`;
              if (root.scrollWidth > W || root.scrollHeight > H) bad.push(`document ${root.scrollWidth}x${root.scrollHeight}`);
              for (const e of document.body.querySelectorAll("*")) {
                const r = e.getBoundingClientRect();
                if ((r.width <= 1 && r.height <= 1) || r.width === 0 || r.height === 0 || e.closest('[aria-hidden="true"]')) continue;
                const inline = getComputedStyle(e).display === "inline";
                let left = r.left, right = r.right;
                for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                  const style = getComputedStyle(a);
                  if (style.overflowX === "visible" && style.overflowY === "visible") continue;
                  const c = a.getBoundingClientRect();
                  if (!inline && (r.top < c.top - 1 || r.bottom > c.bottom + 1)) bad.push(`${name(e)}: cut by ${name(a)}`);
                  else if ((r.left < c.left - 1 || r.right > c.right + 1) && style.textOverflow !== "ellipsis") bad.push(`${name(e)}: cut sideways by ${name(a)}`);
                  left = Math.max(left, c.left);
                  right = Math.min(right, c.right);
                }
                if (left < -1 || right > W + 1 || (!inline && (r.top < -1 || r.bottom > H + 1))) bad.push(`${name(e)}: off the screen ${JSON.stringify(r)}`);
              }
              return bad;
            }""";

    /** Each text a citizen can see with its font size in CSS px; the staff's corner left out. */
    private static final String TEXT_SIZES = """
            (staff) => {
              const texts = [], walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const e = node.parentElement, r = e.getBoundingClientRect();
                if (!node.textContent.trim() || r.width <= 1 || r.height <= 1 || e.closest('[aria-hidden="true"]')
                    || staff.some((s) => s.contains(e))) continue;
                texts.push(node.textContent.trim() + " " + parseFloat(getComputedStyle(e).fontSize));
              }
              return texts;
            }""";

    /**
     * Every block the given element overlaps, other than those it is in or holds: the boxes the layout gives the
     * texts (inline boxes reach above and below their line, see OFF_SCREEN).
     */
    private static final String OVERLAPPED = """
            (control) => {
              const c = control.getBoundingClientRect(), hit = [];
              for (const e of document.body.querySelectorAll("*")) {
                const r = e.getBoundingClientRect();
                if (r.width === 0 || r.height === 0 || e.contains(control) || control.contains(e)
                    || getComputedStyle(e).display === "inline") continue;
                if (r.left < c.right && c.left < r.right && r.top < c.bottom && c.top < r.bottom) hit.push(`${e.tagName}#${e.id}.${e.className}`);
              }
              return hit;
            }""";

    @TestHTTPResource("/display/")
    URL display;

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    private String address(Site site) {
        return display + "?sp=" + site.code() + "&key=" + site.displayKey();
    }

    private static void assertLive(Page page) {
        assertThat(connection(page)).hasAttribute("data-state", "live",
                new LocatorAssertions.HasAttributeOptions().setTimeout(10000));
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
        Locator sound = button(page, "แตะเพื่อเปิดเสียง");
        if (sound.isVisible()) {
            sound.click();
        }
        assertThat(sound).isHidden();
        assertThat(waiting(page, "B")).hasText("1");
        assertThat(serving(page, 1)).hasText("–");
        assertThat(steps(page)).containsText("ขั้นตอน 1");

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
        Accessibility.assertNoViolations(page, "the display with calls");
        assertThat(spokenCalls(page))
                .hasText(new String[] { "เชิญหมายเลข A001 ที่ช่องบริการ 3", "เชิญหมายเลข A002 ที่ช่องบริการ 1",
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
            Accessibility.assertNoViolations(page, "the display offline");

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
        assertThat(alert(page)).isVisible();
        // the explanation in Thai, then in English
        List<String> lines = alertLines(page).allTextContents();
        assertEquals(2, lines.size(), lines.toString());
        String thai = lines.get(0);
        String english = lines.get(1);
        assertTrue(thai.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.THAI), thai);
        assertTrue(!english.isBlank() && english.chars().allMatch(c -> c < 0x0E00), english);
        assertEquals("true", String.valueOf(nowCalling(page).isVisible()));
        Accessibility.assertNoViolations(page, "the display refused");
        Chromium.close(page);
    }

    @Test
    void aFullDayFitsOnEveryPanelAndReadsFromAcrossTheHall() {
        String[] prefixes = { "A", "B", "C", "D", "E" };
        Fixtures.Builder spec = fixtures.site();
        for (String prefix : prefixes) {
            spec.service(prefix, 5, 10, 15);
        }
        for (int counter = 1; counter <= prefixes.length; counter++) {
            spec.counter(counter, prefixes[counter - 1]);
        }
        Site site = spec.counter(6, prefixes).create();
        for (int counter = 1; counter <= prefixes.length; counter++) {
            openCounter(site, counter);
        }
        // a busy day: 200 calls, newest first in calls
        List<String> calls = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int counter = i % prefixes.length + 1;
            issue(site, prefixes[counter - 1]);
            calls.add(0, serveNext(site, counter));
        }
        for (String prefix : prefixes) {
            issue(site, prefix);
            issue(site, prefix);
        }
        for (int counter = 1; counter <= prefixes.length; counter++) {
            calls.add(0, callNext(site, counter).getString("number"));
        }

        for (int[] panel : new int[][] { { 1920, 1080 }, { 1366, 768 }, { 1080, 1920 } }) {
            String size = panel[0] + "x" + panel[1];
            Page page = Chromium.open(address(site), panel[0], panel[1]);
            assertLive(page);
            assertThat(nowCalling(page)).hasText(calls.get(0));
            assertThat(services(page).first()).isVisible();
            assertThat(steps(page)).containsText("รวม 30 นาที");

            // the latest calls that fit, in order, and nothing more
            List<String> shown = recentCallRows(page).allTextContents();
            assertTrue(shown.size() >= 3, size + " shows " + shown);
            for (int i = 0; i < shown.size(); i++) {
                assertTrue(shown.get(i).startsWith(calls.get(i + 1)), size + " shows " + shown);
            }
            assertEquals(List.of(), page.evaluate(OFF_SCREEN), size + ": what does not fit the screen");

            double scale = Math.min(panel[0], panel[1]) / 1080.0;
            List<Locator> far = new ArrayList<>(List.of(nowCalling(page), calledTo(page)));
            far.addAll(recentCallRows(page).all());
            for (Locator counter : counters(page).all()) {
                far.add(counterNumber(counter));
                // a closed counter says so in words, at the 3 m size
                far.addAll(counter.getByRole(AriaRole.STRONG).filter(new Locator.FilterOptions().setHasText(TICKET))
                        .all());
            }
            for (Locator service : services(page).all()) {
                far.add(service.getByRole(AriaRole.STRONG));
            }
            assertTrue(counters(page).count() >= 2 && services(page).count() >= 2, size);
            for (Locator number : far) {
                double px = ((Number) number.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")).doubleValue();
                assertTrue(px >= FAR_PX * scale, size + ": " + number.textContent() + " is " + px + " px, read from "
                        + px / scale * 0.068 + " m");
            }
            List<ElementHandle> staff = List.of(connection(page).elementHandle(), soundOff(page).elementHandle());
            @SuppressWarnings("unchecked")
            List<String> texts = (List<String>) page.evaluate(TEXT_SIZES, staff);
            List<String> small = texts.stream()
                    .filter(text -> Double.parseDouble(text.substring(text.lastIndexOf(' ') + 1)) < NEAR_PX * scale)
                    .toList();
            assertEquals(List.of(), small, size + ": texts too small to read from 3 m");
            Accessibility.assertNoViolations(page, "the display after a full day at " + size);
            Chromium.screenshot(page, switch (size) {
                case "1920x1080" -> "display";
                case "1366x768" -> "display-1366";
                default -> "display-portrait";
            });
            if (size.equals("1920x1080")) {
                // the five services do not fit at once: the next page shows the others
                assertThat(waiting(page, "E")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15000));
                assertEquals(List.of(), page.evaluate(OFF_SCREEN), size + " on the next page");
            }
            Chromium.close(page);
        }
    }

    @Test
    void anAppointmentsTicketIsTaggedWhereItIsCalled() {
        clock.set("2030-03-04T02:05:00Z"); // Monday 09:05 in Bangkok
        Site site = fixtures.site().service("A", 5, 10, 15).counter(1, "A").create();
        Appointments.bookable(site.services().get("A"), 30, 0);
        String code = Appointments.booked(site, "A", Instant.parse("2030-03-04T02:30:00Z"));
        String booked = Appointments.checkIn(site, code).statusCode(201).extract().path("number");
        openCounter(site, 1);
        Page page = Chromium.open(address(site), 1920, 1080);
        assertLive(page);

        long called = callNext(site, 1).getLong("id"); // the appointment's: nobody else waits
        assertThat(nowCalling(page)).hasText(booked, WITHIN_1S);
        assertThat(nowCallingTag(page, "นัดหมาย")).hasText("นัดหมาย · Appointment");
        assertThat(counters(page).first()).containsText("นัดหมาย");
        assertEquals(List.of(), page.evaluate(OFF_SCREEN), "what does not fit the screen");
        Accessibility.assertNoViolations(page, "the display calling an appointment's ticket");

        // a walk-in called next: untagged, and the appointment's call keeps its tag among the recent ones
        String walkIn = issue(site, "A").getString("number");
        act(site, 1, called, "start").statusCode(200);
        act(site, 1, called, "complete").statusCode(200);
        callNext(site, 1);
        assertThat(nowCalling(page)).hasText(walkIn, WITHIN_1S);
        assertThat(nowCallingTag(page, "นัดหมาย")).hasCount(0);
        assertThat(counters(page).first()).not().containsText("นัดหมาย");
        assertThat(recentCallRows(page).first()).containsText(booked + " นัดหมาย");
        // and so it does in the snapshot a display gets when it (re)connects
        page.reload();
        assertLive(page);
        assertThat(nowCalling(page)).hasText(walkIn);
        assertThat(recentCallRows(page).first()).containsText(booked + " นัดหมาย");
        assertThat(nowCallingTag(page, "นัดหมาย")).hasCount(0);
        Chromium.close(page);
    }

    @Test
    void aTicketTakenFromAPhoneIsTaggedSoTheHallKnowsItsCitizenMayBeOnTheWay() {
        Site site = fixtures.site().service("A", 5, 10, 15).counter(1, "A").create();
        RemoteJoinTest.remote(site.services().get("A"), null, 50, null, null);
        String remote = RemoteJoinTest.join(site, "A", RemoteJoinTest.newDevice()).statusCode(201).extract()
                .path("number");
        openCounter(site, 1);
        Page page = Chromium.open(address(site), 1920, 1080);
        assertLive(page);
        callNext(site, 1);
        assertThat(nowCalling(page)).hasText(remote, WITHIN_1S);
        assertThat(nowCallingTag(page, "จองออนไลน์")).hasText("จองออนไลน์ · Joined online");
        assertThat(counters(page).first()).containsText("จองออนไลน์");
        Chromium.close(page);
    }

    @Test
    void aDisplayWithoutSoundTellsTheStaffAndCoversNothing() {
        Site site = fixtures.site().service("A", 5, 10, 20).counter(1, "A").create();
        issue(site, "A");
        openCounter(site, 1);
        callNext(site, 1);
        for (int[] panel : new int[][] { { 1920, 1080 }, { 1080, 1920 } }) {
            Page page = Chromium.openWithoutAutoplay(address(site), panel[0], panel[1]);
            assertLive(page);
            assertThat(nowCalling(page)).hasText("A001");
            Locator sound = soundOff(page);
            assertThat(sound).isVisible();
            assertThat(steps(page)).containsText("รวม 35 นาที · total 35 min");
            // in the bar's corner beside the connection badge, small: for the staff, not the hall
            assertEquals(List.of(), sound.evaluate(OVERLAPPED), "what the sound control covers");
            assertEquals(0, page.getByRole(AriaRole.MAIN).getByText("เสียง").count());
            double px = ((Number) sound.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")).doubleValue();
            assertTrue(px < NEAR_PX, px + " px");
            BoundingBox box = sound.boundingBox();
            assertTrue(box.y + box.height < panel[1] * 0.1, "the sound control is in the top bar: " + box.y);
            Accessibility.assertNoViolations(page, "the display without sound");

            sound.click();
            assertThat(sound).isHidden();
            assertFalse(page.getByText("แตะเพื่อเปิดเสียง").isVisible());
            Chromium.close(page);
        }
    }
}
