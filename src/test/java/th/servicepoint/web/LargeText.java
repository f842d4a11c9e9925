package th.servicepoint.web;

import java.util.List;

import com.microsoft.playwright.Page;

/**
 * A citizen's phone set to large text, and what axe cannot judge about it: whether a text sticks out of the screen
 * sideways and whether a Thai word is broken across two lines (Thai has no spaces, so a narrow box with
 * overflow-wrap:anywhere breaks wherever the line ends). Words are Chromium's own (Intl.Segmenter, the ICU dictionary its
 * line breaking uses too).
 */
final class LargeText {

    private LargeText() {
    }

    /** Doubles the page's text size, as a phone set to 200 % text does (WCAG 1.4.4): every rem and em grows with it. */
    static void doubleText(Page page) {
        // through the CSSOM: the pages' Content-Security-Policy refuses a style element of the test's
        page.evaluate("() => { const html = document.documentElement;"
                + " html.style.fontSize = 2 * parseFloat(getComputedStyle(html).fontSize) + 'px'; }");
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

    /** The words the page shows broken across two lines, each with the text it is in. */
    static List<String> splitWords(Page page) {
        return strings(page.evaluate("""
                () => {
                  const words = new Intl.Segmenter("th", { granularity: "word" });
                  const found = [];
                  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                  const range = document.createRange();
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    for (const { segment, index, isWordLike } of words.segment(node.data)) {
                      if (!isWordLike) continue;
                      range.setStart(node, index);
                      range.setEnd(node, index + segment.length);
                      const lines = [...range.getClientRects()].filter((rect) => rect.width > 0);
                      if (lines.some((rect) => Math.abs(rect.top - lines[0].top) > lines[0].height / 2)) {
                        found.push(segment + " in " + node.data.trim());
                      }
                    }
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
