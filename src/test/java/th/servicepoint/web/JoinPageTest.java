package th.servicepoint.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static th.servicepoint.web.ScreenParts.alert;
import static th.servicepoint.web.ScreenParts.button;
import static th.servicepoint.web.ScreenParts.fact;
import static th.servicepoint.web.ScreenParts.named;

import java.net.URL;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import th.servicepoint.catalog.Service;
import th.servicepoint.support.Api;
import th.servicepoint.support.Chromium;
import th.servicepoint.support.Fixtures;
import th.servicepoint.support.ResetClockAfterEach;
import th.servicepoint.support.Site;
import th.servicepoint.support.TestClock;

/**
 * Joining from a phone with the largest text: choose a service, see the queue, confirm, land on the ticket page; a
 * second try from the same phone is told it already holds a ticket. Elements are found by role and label.
 */
@QuarkusTest
@ExtendWith(ResetClockAfterEach.class)
class JoinPageTest {

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @TestHTTPResource("/join/")
    URL joinPage;
    @TestHTTPResource("/clerk/")
    URL clerkPage;

    Site site;

    @BeforeEach
    void site() {
        site = fixtures.site().service("A", 10).service("B").service("C").counter(1, "A", "B", "C").create();
        remote(site.services().get("A"), LocalTime.of(8, 30), LocalTime.of(15, 30));
        remote(site.services().get("B"), LocalTime.of(8, 30), LocalTime.of(9, 0));
        clock.set("2026-12-07T04:00:00Z"); // Monday 11:00 in Bangkok: A open, B's window over, C not remote
        Api.openCounter(site, 1);
    }

    private static void remote(long serviceId, LocalTime opensAt, LocalTime closesAt) {
        QuarkusTransaction.requiringNew().run(() -> {
            Service service = Service.findById(serviceId);
            service.remoteJoin = true;
            service.remoteDailyMax = 20;
            service.remoteOpensAt = opensAt;
            service.remoteClosesAt = closesAt;
        });
    }

    private static Locator service(Page page, String name) {
        return page.getByRole(AriaRole.RADIO, named(name));
    }

    @Test
    void aCitizenWithLargeTextJoinsAndFollowsTheTicketThenCannotTakeASecond() {
        Api.issue(site, "A"); // one person in the hall already
        Page page = Chromium.open("about:blank", 360, 740);
        LargeText.on(page);
        page.navigate(joinPage + "?sp=" + site.code());

        assertThat(page.getByRole(AriaRole.HEADING, named("เลือกงานที่ต้องการรับบริการ"))).isVisible();
        assertThat(service(page, "งาน A")).isEnabled();
        assertThat(page.getByText("รอ 1 คิว")).isVisible();
        assertThat(service(page, "งาน B")).isDisabled();
        assertThat(page.getByText("รับคิวออนไลน์เวลา 08:30–09:00 น.")).isVisible();
        assertEquals(0, service(page, "งาน C").count(), "a service without remote joining is not offered");
        assertEquals(0.0, LargeText.sidewaysOverflow(page), "nothing wider than the phone at 200 % text");
        assertEquals(List.of(), LargeText.textsOffScreen(page));
        WordBreaks.assertNone(page, "the join page at 200 %");
        Accessibility.assertNoViolations(page, "the join page at 200 % text");

        button(page, "ถัดไป").click();
        assertThat(page.getByText("กรุณาเลือกงานบริการที่เปิดรับคิวออนไลน์อยู่")).isVisible();
        service(page, "งาน A").check();
        button(page, "ถัดไป").click();
        assertThat(page.getByRole(AriaRole.HEADING, named("ยืนยันการจองคิว"))).isVisible();
        assertThat(fact(page, "จำนวนผู้รอ")).hasText("1 คิว");
        Accessibility.assertNoViolations(page, "confirming at 200 % text");
        Chromium.screenshot(page, "join");
        button(page, "ยืนยัน รับบัตรคิว").click();

        page.waitForURL(Pattern.compile(".*/ticket/\\?t=.+"));
        assertThat(fact(page, "สถานะ")).hasText("รอเรียก");
        assertThat(page.getByText("A002")).isVisible();

        // the same phone again: it is told about the ticket it holds, and led back to it
        page.navigate(joinPage + "?sp=" + site.code());
        assertThat(page.getByText("ท่านมีบัตรคิวออนไลน์ A002 ที่ยังใช้ได้อยู่")).isVisible();
        service(page, "งาน A").check();
        button(page, "ถัดไป").click();
        button(page, "ยืนยัน รับบัตรคิว").click();
        assertThat(alert(page)).containsText("A002");
        assertThat(alert(page)).containsText("จองได้ครั้งละหนึ่งใบ");
        button(page, "English").click();
        assertThat(alert(page)).containsText("already holds remote ticket A002");
        assertThat(page.getByRole(AriaRole.LINK, named("Open your ticket"))).isVisible();
        Accessibility.assertNoViolations(page, "a refusal, in English");
        page.getByRole(AriaRole.LINK, named("Open your ticket")).click();
        page.waitForURL(Pattern.compile(".*/ticket/\\?t=.+"));
        assertThat(page.getByText("A002")).isVisible();
        Chromium.close(page);
    }

    @Test
    void theClerkSeesWhichWaitingTicketJoinedFromAPhone() {
        Api.issue(site, "A");
        Page phone = Chromium.open(joinPage + "?sp=" + site.code(), 360, 740);
        service(phone, "งาน A").check();
        button(phone, "ถัดไป").click();
        button(phone, "ยืนยัน รับบัตรคิว").click();
        phone.waitForURL(Pattern.compile(".*/ticket/\\?t=.+"));
        Chromium.close(phone);

        Page page = Chromium.open(clerkPage + "?sp=" + site.code() + "&counter=" + site.counter(1), 1366, 768);
        ScreenParts.signIn(page, site.clerk(1), Fixtures.PASSWORD);
        button(page, "เข้าประจำช่องและเปิดให้บริการ").click();
        assertThat(ClerkConsole.waitingRows(page)).hasCount(2);
        Locator remoteRow = ClerkConsole.waitingList(page).getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHas(page.getByRole(AriaRole.ROWHEADER, ScreenParts.exactly("A002"))));
        assertThat(remoteRow).containsText("จองออนไลน์");
        Locator kioskRow = ClerkConsole.waitingList(page).getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHas(page.getByRole(AriaRole.ROWHEADER, ScreenParts.exactly("A001"))));
        assertThat(kioskRow).not().containsText("จองออนไลน์");
        Accessibility.assertNoViolations(page, "the clerk's queue with a remote ticket");
        Chromium.close(page);
    }

    @Test
    void aLinkWithoutAServicePointSaysWhatToDo() {
        Page page = Chromium.open(joinPage.toString(), 360, 740);
        assertThat(alert(page)).containsText("ลิงก์นี้ไม่ได้ระบุจุดบริการ");
        Accessibility.assertNoViolations(page, "the join page without ?sp=");
        Chromium.close(page);
    }
}
