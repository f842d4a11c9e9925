package th.servicepoint.common;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thai words missing from the ICU dictionary that Chromium's line breaker uses, so a line may end inside them
 * (จอแส|ดง|ผล, ตรวจ|สอบ) where no Thai reader would break. The report's HTML, and so its PDF, holds each whole in a
 * {@code <span class="word">} that print.css keeps on one line; the text itself stays as written, so a search or a copy
 * from the PDF finds it. The screen tests' WordBreaks checks these words too.
 */
public final class ThaiWords {

    public static final List<String> UNKNOWN_TO_ICU = List.of("จอแสดงผล", "ตรวจสอบ", "บุ๊กมาร์ก", "ปีงบประมาณ");

    /** A tag, or a run of text between tags; the report's texts are escaped, so a text never holds '<'. */
    private static final Pattern PARTS = Pattern.compile("<[^>]*>|[^<]+");
    private static final Pattern WORDS = Pattern.compile(String.join("|", UNKNOWN_TO_ICU));
    /** Elements whose text is not laid out as lines (or where a tag would show as text). */
    private static final Pattern RAW = Pattern.compile("<(title|style|script)\\b", Pattern.CASE_INSENSITIVE);

    private ThaiWords() {
    }

    /** The HTML page with every word of {@link #UNKNOWN_TO_ICU} in its visible text wrapped to be kept whole. */
    public static String holdWholeInHtml(String html) {
        StringBuilder held = new StringBuilder(html.length() + 256);
        boolean raw = false;
        Matcher part = PARTS.matcher(html);
        while (part.find()) {
            String piece = part.group();
            if (piece.startsWith("<")) {
                raw = RAW.matcher(piece).lookingAt() || raw && !piece.startsWith("</");
                held.append(piece);
            } else {
                held.append(raw ? piece : WORDS.matcher(piece).replaceAll("<span class=\"word\">$0</span>"));
            }
        }
        return held.toString();
    }
}
