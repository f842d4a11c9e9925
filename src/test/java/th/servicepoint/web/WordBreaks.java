package th.servicepoint.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import com.microsoft.playwright.Page;

import th.servicepoint.common.ThaiWords;

/**
 * Words split across two lines, found in the browser as a reader sees them. Each visible text is cut into words by
 * {@code Intl.Segmenter('th', {granularity: 'word'})} — ICU's Thai dictionary, the one Chromium's line breaker uses,
 * and spaces and punctuation for Latin text — and a word whose client rectangles lie on more than one line is broken.
 * A compound made of dictionary words (ที่|นั่ง, ความ|พึง|พอใจ) may break between them: the segmenter gives those as
 * separate words, so only a break inside a dictionary word counts, as Thai readers expect. Chromium's ICU dictionary
 * misses a few words our screens use and cuts them where no Thai reader would (จอแส|ดง|ผล, ตรวจ|สอบ), in its line
 * breaks and in the segmenter alike: those are checked as whole words too ({@link ThaiWords#UNKNOWN_TO_ICU}).
 */
final class WordBreaks {

    /** Returns "word in element" for each broken word, in page order. */
    private static final String FIND = """
            (unknownToIcu) => {
              const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
              const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'OPTION', 'TITLE']);
              const describe = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                + (el.classList.length ? '.' + [...el.classList].join('.') : '');
              const broken = [];
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const el = node.parentElement;
                if (!el || skip.has(el.tagName) || !node.data.trim()) continue;
                if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
                const words = [...segmenter.segment(node.data)]
                  .filter((part) => part.isWordLike && part.segment.length > 1)
                  .map((part) => ({ word: part.segment, at: part.index }));
                for (const known of unknownToIcu) {
                  // also where a word joiner (U+2060) already holds the word together
                  for (const found of node.data.matchAll(new RegExp([...known].join('\\u2060?'), 'g'))) {
                    words.push({ word: found[0], at: found.index });
                  }
                }
                for (const { word, at } of words) {
                  const range = document.createRange();
                  range.setStart(node, at);
                  range.setEnd(node, at + word.length);
                  const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
                  // two rectangles of one word are on different lines when one lies wholly below the other's middle
                  const split = rects.some((a) => rects.some((b) => b.top >= a.top + a.height / 2));
                  if (split) broken.push(word + ' in ' + describe(el) + ': "' + node.data.trim().slice(0, 80) + '"');
                }
              }
              return broken;
            }
            """;

    private WordBreaks() {
    }

    /** Every word the page now shows broken across lines. */
    @SuppressWarnings("unchecked")
    static List<String> find(Page page) {
        return (List<String>) page.evaluate(FIND, ThaiWords.UNKNOWN_TO_ICU);
    }

    /** Fails naming each broken word and its element. */
    static void assertNone(Page page, String state) {
        assertEquals(List.of(), find(page), "words broken across lines on " + state);
    }
}
