package th.servicepoint.web;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The complaint page as a citizen finds its parts: regions named by their headings. */
final class ComplaintScreen {

    /** A tracking code, alone on its line as the page shows it. */
    private static final Pattern CODE = Pattern.compile("^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$");

    private ComplaintScreen() {
    }

    /** A part of the page named by its heading: the filing form, the filed receipt, the tracking, the answer. */
    static Locator part(Page page, String heading) {
        return page.getByRole(AriaRole.REGION, ScreenParts.exactly(heading));
    }

    /** The tracking code on the receipt: its label is the line above, the code is what a citizen copies down. */
    static Locator trackingCode(Page page, String receipt) {
        return part(page, receipt).getByText(CODE);
    }

    /** The agency's public answer. */
    static Locator answer(Page page) {
        return part(page, "คำตอบของหน่วยงาน").getByRole(AriaRole.PARAGRAPH);
    }
}
