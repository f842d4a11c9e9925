package th.servicepoint.web;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;

/**
 * The parts every screen has, found as a person or a screen reader finds them: by role and accessible name, a field by
 * its label. What only one screen has is in that screen's class (KioskScreen, ClerkConsole, DisplayScreen …).
 */
final class ScreenParts {

    /** A ticket number, alone on its line: on paper and on the phone no label sits beside it. */
    private static final Pattern TICKET_NUMBER = Pattern.compile("^[A-Z]\\d{3}$");
    private static final Page.GetByLabelOptions WHOLE_LABEL = new Page.GetByLabelOptions().setExact(true);

    private ScreenParts() {
    }

    /** A button by its name or a part of it: the clerk's buttons also name their key (เรียกคิวถัดไป N). */
    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, named(name));
    }

    /** A button inside a part of the page, by its name or a part of it ("เพิ่มขั้นตอน" of "+ เพิ่มขั้นตอน"). */
    static Locator button(Locator within, String name) {
        return within.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name));
    }

    /** A button named exactly so, where its name is a part of another's (เปิดให้บริการ, Save). */
    static Locator exactButton(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, exactly(name));
    }

    /**
     * The visible buttons whose box (measured in the browser) is narrower or lower than px CSS pixels, each named with
     * its size: the README promises 48 × 48 px targets.
     */
    static List<String> smallTargets(Page page, int px) {
        return page.getByRole(AriaRole.BUTTON).all().stream().filter(Locator::isVisible).map(button -> {
            BoundingBox box = button.boundingBox();
            return box.width < px || box.height < px
                    ? button.textContent().strip() + " " + Math.round(box.width) + "×" + Math.round(box.height)
                    : null;
        }).filter(Objects::nonNull).toList();
    }

    /** The page's message of what went wrong; with nothing to say it is not shown. */
    static Locator alert(Page page) {
        return page.getByRole(AriaRole.ALERT);
    }

    /** The alert's lines: a refusal says it in the page's language first, then in the other. */
    static Locator alertLines(Page page) {
        return alert(page).getByRole(AriaRole.PARAGRAPH);
    }

    /** A status region by its name, as the connection badges are named. */
    static Locator status(Page page, String name) {
        return page.getByRole(AriaRole.STATUS, named(name));
    }

    /** The staff screens' sign-in: two labelled fields and the button. */
    static void signIn(Page page, String username, String password) {
        page.getByLabel("ชื่อผู้ใช้", WHOLE_LABEL).fill(username);
        page.getByLabel("รหัสผ่าน", WHOLE_LABEL).fill(password);
        exactButton(page, "เข้าสู่ระบบ").click();
    }

    /** What the page's main part says for a term of its definition list (สถานะ, จำนวนคิวก่อนหน้า, เรื่อง). */
    static Locator fact(Page page, String term) {
        return fact(page.getByRole(AriaRole.MAIN), term);
    }

    /**
     * What a definition list under scope says for a term, as a screen reader reads the pair: the kiosk's printed ticket,
     * the citizen's ticket and a complaint's tracking all show their facts so.
     */
    static Locator fact(Locator scope, String term) {
        return scope.locator("dl > div").filter(new Locator.FilterOptions()
                .setHas(scope.page().getByRole(AriaRole.TERM).filter(new Locator.FilterOptions().setHasText(term))))
                .getByRole(AriaRole.DEFINITION);
    }

    /** The big number on a ticket (the kiosk's, the citizen's phone): the text a ticket number looks like. */
    static Locator ticketNumber(Locator ticket) {
        return ticket.getByText(TICKET_NUMBER);
    }

    /** An accessible name that contains the text. */
    static Page.GetByRoleOptions named(String text) {
        return new Page.GetByRoleOptions().setName(text);
    }

    static Page.GetByRoleOptions exactly(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }
}
