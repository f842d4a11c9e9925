package th.servicepoint.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The booking page's parts as a citizen finds them: services, days and times are radios named by what they say, the
 * appointment a region named by its heading with its code, its QR an image named by its text and its facts a
 * definition list ({@link ScreenParts#fact}).
 */
final class BookPage {

    private BookPage() {
    }

    /** A service, a day or a time: a radio named by its text (งาน A, 8 ธันวาคม 2569, 09:30–10:00 น.). */
    static Locator choice(Page page, String name) {
        return page.getByRole(AriaRole.RADIO, ScreenParts.named(name));
    }

    /** The appointment shown: the region นัดหมายของท่าน (Your appointment). */
    static Locator appointment(Page page) {
        return page.getByRole(AriaRole.REGION, ScreenParts.named("นัดหมายของท่าน"));
    }

    /** The appointment's QR, which the kiosk's scanner reads. */
    static Locator qr(Locator appointment) {
        return appointment.getByRole(AriaRole.IMG, new Locator.GetByRoleOptions().setName("QR ของนัดหมาย"));
    }

    /** The appointments this phone keeps: the links of the region นัดหมายของฉัน. */
    static Locator mine(Page page) {
        return page.getByRole(AriaRole.REGION, ScreenParts.named("นัดหมายของฉัน")).getByRole(AriaRole.LINK);
    }
}
