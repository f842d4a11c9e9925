package th.servicepoint.web;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The clerk console's parts as a clerk (or a screen reader) finds them; its buttons are
 * {@link ScreenParts#button(Page, String)} by what they say, its sign-in {@link ScreenParts#signIn}.
 */
final class ClerkConsole {

    private ClerkConsole() {
    }

    /** The sign-in: a form in the page's main part, named by its heading. */
    static Locator signInForm(Page page) {
        return page.getByRole(AriaRole.MAIN).getByRole(AriaRole.FORM,
                new Locator.GetByRoleOptions().setName("เข้าสู่ระบบ").setExact(true));
    }

    /** The counter choice: a form in the page's main part, named by its heading. */
    static Locator counterChoiceForm(Page page) {
        return page.getByRole(AriaRole.MAIN).getByRole(AriaRole.FORM,
                new Locator.GetByRoleOptions().setName("เลือกช่องบริการ").setExact(true));
    }

    static Locator counterChoice(Page page) {
        return page.getByRole(AriaRole.COMBOBOX, ScreenParts.exactly("ช่องบริการ"));
    }

    /** The error line: while it says nothing, Playwright counts the alert as hidden, and an empty one is asserted too. */
    static Locator errorLine(Page page) {
        return page.getByRole(AriaRole.ALERT, new Page.GetByRoleOptions().setIncludeHidden(true));
    }

    static Locator connection(Page page) {
        return ScreenParts.status(page, "การเชื่อมต่อ");
    }

    /** The ticket at the counter: its number, in bold, and its state in words (ว่าง when there is none). */
    static Locator atTheCounter(Page page) {
        return page.getByRole(AriaRole.GROUP, ScreenParts.named("บัตรคิวที่ช่อง"));
    }

    static Locator currentTicket(Page page) {
        return atTheCounter(page).getByRole(AriaRole.STRONG);
    }

    static Locator currentStatus(Page page, String words) {
        return atTheCounter(page).getByText(words, new Locator.GetByTextOptions().setExact(true));
    }

    /** The line that tells the clerk the survey went to the counter screen (never its link). */
    static Locator surveySent(Page page) {
        return page.getByText("ส่งแบบประเมินความพึงพอใจ");
    }

    /** The queue's column headers, the one over the rows' buttons among them. */
    static Locator waitingColumns(Page page) {
        return waitingList(page).getByRole(AriaRole.COLUMNHEADER);
    }

    static Locator waitingList(Page page) {
        return page.getByRole(AriaRole.TABLE, ScreenParts.named("คิวที่รอ (ลำดับการเรียก)"));
    }

    /** Each waiting ticket's number heads its row. */
    static Locator waitingRows(Page page) {
        return waitingList(page).getByRole(AriaRole.ROWHEADER);
    }

    static List<String> waitingNumbers(Page page) {
        return waitingRows(page).allTextContents();
    }

    static Locator noShows(Page page) {
        return page.getByRole(AriaRole.LIST, ScreenParts.named("ไม่มาแสดงตนวันนี้"));
    }

    /** Today's appointments of the counter's services: a panel named by its heading. */
    static Locator bookingsPanel(Page page) {
        return page.getByRole(AriaRole.REGION, ScreenParts.named("นัดหมายวันนี้"))
                .filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.HEADING)));
    }

    /** The bookings, one row each, headed by its time ("09:30–10:00"). */
    static Locator bookingRows(Page page) {
        return bookingsPanel(page).getByRole(AriaRole.TABLE).getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.ROWHEADER)));
    }

    static Locator booking(Page page, String time) {
        return bookingRows(page).filter(new Locator.FilterOptions().setHasText(time));
    }

    /** The field for the code a citizen shows or reads out at the counter. */
    static Locator checkInCode(Page page) {
        // the field, not the form it names (a textbox: the form is labelled by the same words)
        return bookingsPanel(page).getByRole(AriaRole.TEXTBOX,
                new Locator.GetByRoleOptions().setName("รหัสนัดหมายของผู้รับบริการ"));
    }

    /** What came of the last check-in or no-show: the ticket issued, or the server's reason for refusing. */
    static Locator bookingAnswer(Page page) {
        return bookingsPanel(page).getByRole(AriaRole.STATUS);
    }

    /** A waiting ticket's row, by its number. */
    static Locator waitingRow(Page page, String number) {
        return waitingList(page).getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHas(page.getByRole(AriaRole.ROWHEADER, ScreenParts.exactly(number))));
    }
}
