package th.servicepoint.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The survey as a citizen finds its parts: the form, its questions and their answers. */
final class SurveyScreen {

    /** A question's number before its text, in Thai or English. */
    private static final String NUMBER = "(ข้อ \\d+ จาก \\d+ |Question \\d+ of \\d+ )?";

    private SurveyScreen() {
    }

    /** The questionnaire, a form named by the page's heading in the page's language. */
    static Locator form(Page page, String title) {
        return page.getByRole(AriaRole.FORM, ScreenParts.named(title));
    }

    /**
     * A question: a group named by its legend, which says its number first ("ข้อ 2 จาก 5", "Question 2 of 5"; a parent
     * heading its sub-items has none) and a required one follows with "(ต้องตอบ)".
     */
    static Locator question(Page page, String text) {
        return page.getByRole(AriaRole.GROUP,
                new Page.GetByRoleOptions().setName(Pattern.compile("^" + NUMBER + literal(text))));
    }

    /** The question numbered so, of count questions: its group's name starts "ข้อ 2 จาก 5". */
    static Locator numbered(Page page, int number, int count) {
        return page.getByRole(AriaRole.GROUP,
                new Page.GetByRoleOptions().setName(Pattern.compile("^ข้อ " + number + " จาก " + count + " ")));
    }

    /** The progress above the questions, named by what it says ("ตอบแล้ว 2 จาก 5 ข้อ"). */
    static Locator progress(Page page) {
        return page.getByRole(AriaRole.PROGRESSBAR);
    }

    /** The radio of one answer to a question of the questionnaire's items, found by the Thai texts a citizen reads. */
    static Locator answer(Page page, Map<String, Object> item, String value) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> options = (List<Map<String, Object>>) item.get("options");
        Object label = options.stream().filter(option -> value.equals(option.get("value"))).findFirst().orElseThrow()
                .get("labelTh");
        return question(page, (String) item.get("textTh")).getByRole(AriaRole.RADIO,
                new Locator.GetByRoleOptions().setName((String) label).setExact(true));
    }

    /** A text as a regular expression the browser reads alike (Pattern.quote's quoting is Java's alone). */
    private static String literal(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }
}
