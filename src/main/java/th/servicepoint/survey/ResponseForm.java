package th.servicepoint.survey;

import java.util.Map;

/**
 * A citizen's answers: item code → value ({@code "E1.1": "MOST"}), and an optional comment. Through a poster in the
 * short form, {@code selection} is the view's {@code selection} sent back unchanged (the items it asked); an
 * invitation knows its items and ignores it.
 */
public record ResponseForm(Map<String, String> answers, String comment, String selection) {
}
