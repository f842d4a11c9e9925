package th.servicepoint.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The admin screen's parts as an administrator (or a screen reader) finds them: tabs, forms named by their heading. */
final class AdminScreen {

    private AdminScreen() {
    }

    static Locator tab(Page page, String name) {
        return page.getByRole(AriaRole.TAB, ScreenParts.exactly(name));
    }

    /** Waits for the form's answer and expects it to be "saved", not an error. */
    static void saved(Page page) {
        Locator error = ScreenParts.alert(page);
        Locator notice = page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("บันทึกแล้ว"));
        assertThat(notice.or(error).first()).isVisible();
        if (error.isVisible()) {
            Object fieldErrors = page.evaluate("() => [...document.querySelectorAll('.field-error')]"
                    + ".filter(e => e.textContent).map(e => e.dataset.field + ': ' + e.textContent).join('; ')");
            fail(error.textContent() + " — errors: " + fieldErrors);
        }
        assertThat(notice).isVisible();
    }

    /** A form, named by its heading. */
    static Locator form(Page page, String heading) {
        return page.getByRole(AriaRole.FORM, ScreenParts.exactly(heading));
    }

    /** A user's role, a checkbox of the user form. */
    static Locator role(Locator form, String name) {
        return form.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The table row with a cell that says exactly this (a code, a prefix, a counter number, a username). */
    static Locator row(Page page, String cell) {
        return page.getByRole(AriaRole.ROW).filter(
                new Locator.FilterOptions().setHas(page.getByRole(AriaRole.CELL, ScreenParts.exactly(cell))));
    }

    /** The service's published steps: the items of the list its heading names. */
    static Locator steps(Locator form) {
        return form.getByRole(AriaRole.LIST, new Locator.GetByRoleOptions().setName("ขั้นตอนการให้บริการ"))
                .getByRole(AriaRole.LISTITEM);
    }

    /** The key in "กุญแจอุปกรณ์: …", as a person reads it off the screen. */
    static Locator deviceKey(Page page) {
        return page.getByText("กุญแจอุปกรณ์:").getByRole(AriaRole.CODE);
    }

    /** The address in "ลิงก์สำหรับอุปกรณ์: …", a link. */
    static Locator deviceUrl(Page page) {
        return page.getByText("ลิงก์สำหรับอุปกรณ์:").getByRole(AriaRole.LINK);
    }

    static void fillStep(Locator step, String th, String en, String minutes) {
        step.getByLabel("ขั้นตอน (ไทย)").fill(th);
        step.getByLabel("ขั้นตอน (อังกฤษ)").fill(en);
        step.getByLabel("นาทีมาตรฐาน").fill(minutes);
    }
}
