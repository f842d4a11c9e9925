package th.servicepoint.web;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The lobby display's parts as people in the hall (and screen readers) find them, by their English names. */
final class DisplayScreen {

    private DisplayScreen() {
    }

    /** The badge in the bar that says whether the screen is live (its state also in data-state). */
    static Locator connection(Page page) {
        return ScreenParts.status(page, "Connection");
    }

    /** The number called last, big under "Now calling". */
    static Locator nowCalling(Page page) {
        return region(page, "Now calling").getByRole(AriaRole.STRONG);
    }

    /** The tag under the number called last that begins with this word (นัดหมาย, จองออนไลน์). */
    static Locator nowCallingTag(Page page, String word) {
        return region(page, "Now calling").getByText(word);
    }

    /** The counter it is called to, under the number. */
    static Locator calledTo(Page page) {
        return region(page, "Now calling").getByRole(AriaRole.PARAGRAPH);
    }

    /** The calls before it, under "Recent calls". */
    static Locator recentCalls(Page page) {
        return page.getByRole(AriaRole.LIST, ScreenParts.named("Recent calls"));
    }

    /** The calls before it that the screen shows, newest first (the older ones do not fit and are hidden). */
    static Locator recentCallRows(Page page) {
        return recentCalls(page).getByRole(AriaRole.LISTITEM);
    }

    /** The counters on the screen now (a page of them when not all fit). */
    static Locator counters(Page page) {
        return region(page, "Counters").getByRole(AriaRole.LISTITEM);
    }

    /** A counter's number as the hall reads it from afar: "ช่อง 3". */
    static Locator counterNumber(Locator counter) {
        return counter.getByText(Pattern.compile("^ช่อง \\d+$"));
    }

    /** The services whose waiting counts are on the screen now (a page of them when not all fit). */
    static Locator services(Page page) {
        return region(page, "Waiting").getByRole(AriaRole.LISTITEM);
    }

    /** The staff's sign that the screen has no sound yet, which turns it on when tapped (found while hidden too). */
    static Locator soundOff(Page page) {
        return page.getByRole(AriaRole.BANNER).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Sound off").setIncludeHidden(true));
    }

    /** What a counter serves now (or closed, paused): the bold line under its name. */
    static Locator serving(Page page, int counter) {
        return region(page, "Counters").getByRole(AriaRole.LISTITEM)
                .filter(new Locator.FilterOptions().setHas(page.getByText(Pattern.compile("Counter " + counter + "$"))))
                .getByRole(AriaRole.STRONG);
    }

    /** How many wait for a service: the bold number in its line, found by the service's letter. */
    static Locator waiting(Page page, String prefix) {
        return region(page, "Waiting").getByRole(AriaRole.LISTITEM)
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByText(prefix, new Page.GetByTextOptions().setExact(true))))
                .getByRole(AriaRole.STRONG);
    }

    /** The panel that turns through the published steps of each service. */
    static Locator steps(Page page) {
        return region(page, "Steps and standard times");
    }

    /** The text of the call being announced, in the live region screen readers speak from. */
    static Locator announcement(Page page) {
        return ScreenParts.status(page, "Call announcement");
    }

    /**
     * The calls spoken so far, in order. The record is hidden from screen readers on purpose (they hear each call in
     * the announcement's live region), so no role or name reaches it: the screen's one test id.
     */
    static Locator spokenCalls(Page page) {
        return page.getByTestId("announcements").locator("li");
    }

    private static Locator region(Page page, String name) {
        return page.getByRole(AriaRole.REGION, ScreenParts.named(name));
    }
}
