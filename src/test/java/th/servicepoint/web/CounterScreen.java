package th.servicepoint.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The screen above a counter as a citizen (or a screen reader) finds its parts; a refusal is
 * {@link ScreenParts#alertLines}.
 */
final class CounterScreen {

    private CounterScreen() {
    }

    static Locator connection(Page page) {
        return ScreenParts.status(page, "Connection");
    }

    /** The counter's number, bold in the group named ช่องบริการ. */
    static Locator counterNumber(Page page) {
        return page.getByRole(AriaRole.GROUP, ScreenParts.named("ช่องบริการ")).getByRole(AriaRole.STRONG);
    }

    /** The number called or served: the one bold number in the screen's main part. */
    static Locator servingNumber(Page page) {
        return page.getByRole(AriaRole.MAIN).getByRole(AriaRole.STRONG);
    }

    /** The QR of the survey of the ticket just served (its link in data-url). */
    static Locator surveyQr(Page page) {
        return page.getByRole(AriaRole.IMG, ScreenParts.named("Survey QR code"));
    }
}
