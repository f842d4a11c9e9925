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

    /** The screen's one heading, which names the counter: ช่องบริการ Counter 3 and its name. */
    static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    /** The counter's number, bold in the heading. */
    static Locator counterNumber(Page page) {
        return heading(page).getByRole(AriaRole.STRONG);
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
