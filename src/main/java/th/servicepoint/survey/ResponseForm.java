package th.servicepoint.survey;

import java.util.Map;

/** A citizen's answers: item code → value ({@code "E1.1": "MOST"}), and an optional comment. */
public record ResponseForm(Map<String, String> answers, String comment) {
}
