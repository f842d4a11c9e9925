package th.servicepoint.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The kiosk's parts as a citizen finds them. A service, a priority group and ตกลง are buttons named by what they say
 * ({@link ScreenParts#button}), a refusal the alert's lines ({@link ScreenParts#alertLines}).
 */
final class KioskScreen {

    private KioskScreen() {
    }

    /** The ticket on the screen (and on the roll): an article named in the page's language (บัตรคิว, Queue ticket). */
    static Locator ticket(Page page, String name) {
        return page.getByRole(AriaRole.ARTICLE, ScreenParts.named(name));
    }

    /** The QR on the ticket that the citizen's phone scans to follow it. */
    static Locator trackingQr(Locator ticket) {
        return ticket.getByRole(AriaRole.IMG, new Locator.GetByRoleOptions().setName("QR สำหรับติดตามคิว"));
    }
}
