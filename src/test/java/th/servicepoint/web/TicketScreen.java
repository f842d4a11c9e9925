package th.servicepoint.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The citizen's ticket page as a citizen finds its parts; its facts are {@link ScreenParts#fact(Page, String)}. */
final class TicketScreen {

    private TicketScreen() {
    }

    /** The ticket's own part of the page, named by its number's label ("หมายเลขคิว", "Ticket number"). */
    static Locator ticket(Page page, String label) {
        return page.getByRole(AriaRole.REGION, ScreenParts.named(label));
    }

    /** The big number: its label is above it, and a number is what the citizen looks for. */
    static Locator number(Page page) {
        return ScreenParts.ticketNumber(ticket(page, "หมายเลขคิว"));
    }

    /** The live connection badge, the page's one status region. */
    static Locator connection(Page page) {
        return page.getByRole(AriaRole.STATUS);
    }

    /** The alert that sends the citizen to a counter (the page's other alert tells errors). */
    static Locator calledBanner(Page page) {
        return page.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText("เชิญที่ช่องบริการ"));
    }

    /** The line that promises an alert and a vibration when the ticket is called. */
    static Locator keepOpen(Page page) {
        return page.getByText("หน้านี้จะแจ้งเตือนและสั่น");
    }

    static Locator surveyLink(Page page) {
        return page.getByRole(AriaRole.LINK, ScreenParts.named("ประเมินความพึงพอใจ"));
    }
}
