package th.servicepoint.web;

import java.util.List;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Page;

/**
 * A citizen's phone set to large text, and what axe cannot judge about it: whether a text sticks out of the screen
 * sideways ({@link WordBreaks} finds the words broken across lines).
 */
final class LargeText {

    private LargeText() {
    }

    /**
     * The browser's own text size at 200 % (Chromium's default font size 16 → 32 px), as a phone whose owner chose
     * the largest text hands it to the page: what the page sizes in rem, em or % grows, as on the phone (WCAG 1.4.4).
     */
    static void on(Page page) {
        JsonObject sizes = new JsonObject();
        sizes.addProperty("standard", 32);
        sizes.addProperty("fixed", 26);
        JsonObject params = new JsonObject();
        params.add("fontSizes", sizes);
        page.context().newCDPSession(page).send("Page.setFontSizes", params);
    }

    /** How far the page scrolls sideways beyond the screen, in CSS pixels (0 when it does not). */
    static double sidewaysOverflow(Page page) {
        return ((Number) page.evaluate("() => document.scrollingElement.scrollWidth - window.innerWidth")).doubleValue();
    }

    /** The texts shown on the page that reach beyond the left or right edge of the screen. */
    static List<String> textsOffScreen(Page page) {
        return strings(page.evaluate("""
                () => {
                  const width = document.documentElement.clientWidth;
                  const found = [];
                  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                  const range = document.createRange();
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    // texts only for screen readers sit in a 1 px box of their own
                    if (!node.data.trim() || node.parentElement.getBoundingClientRect().width <= 1) continue;
                    range.selectNodeContents(node);
                    const out = [...range.getClientRects()]
                        .some((rect) => rect.width > 0 && (rect.left < -0.5 || rect.right > width + 0.5));
                    if (out) found.push(node.data.trim());
                  }
                  return found;
                }
                """));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return (List<String>) list;
    }
}
