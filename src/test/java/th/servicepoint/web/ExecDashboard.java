package th.servicepoint.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The executive dashboard's parts as an executive (or a screen reader) finds them. */
final class ExecDashboard {

    private ExecDashboard() {
    }

    /** Whose figures are shown: a service point, or the whole agency. */
    static Locator scope(Page page) {
        return page.getByLabel("แสดงข้อมูลของ");
    }

    /** The big number of a figure, found by its caption ("ออกบัตรคิว", "ผู้ตอบแบบประเมิน" …). */
    static Locator figure(Page page, String caption) {
        return page.getByRole(AriaRole.FIGURE, ScreenParts.exactly(caption)).getByRole(AriaRole.STRONG);
    }

    /** The row of a question or item in the table of scores per question and item, by its code ("E1.1"). */
    static Locator item(Page page, String code) {
        return page.getByRole(AriaRole.TABLE, ScreenParts.named("คะแนนรายข้อ")).getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.CELL, ScreenParts.exactly(code))));
    }

    /** A format's button in the row of a report period ("รอบปัจจุบัน", "รอบก่อนหน้า"). */
    static Locator download(Page page, String period, String format) {
        return page.getByRole(AriaRole.TABLE, ScreenParts.named("รายงานสำหรับดาวน์โหลด"))
                .getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName(period))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(format).setExact(true));
    }
}
