package th.servicepoint.survey;

import java.time.Instant;
import java.util.List;

/**
 * What the citizen's phone shows to rate a service: where they were served and the current questionnaire. A parent
 * item (E1) comes with its text and no options; its sub-items (E1.1, E1.2) follow it and are answered instead. A
 * poster (mode OPEN) knows no service and never expires, so {@code service} and {@code expiresAt} are null.
 * <p>
 * In the short form ({@code length} SHORT) {@code items} are exactly the questions this citizen is asked: overall
 * satisfaction and the ITA items the rotation chose, without headings; the answer must cover those and no others.
 * A poster's view then carries {@code selection}, which the answer sends back unchanged; null otherwise.
 */
public record SurveyView(ResponseMode mode, ServiceRef service, CounterRef counter, ServicePointRef servicePoint,
        int version, QuestionnaireLength length, List<ItemView> items, CommentRule comment, Instant expiresAt,
        String selection) {

    public record ServiceRef(String prefix, String name, String nameEn) {
    }

    /** Null when the ticket was completed by an administrator at no counter; always set for a poster. */
    public record CounterRef(int number, String name) {
    }

    public record ServicePointRef(String code, String name, String nameEn) {
    }

    public record ItemView(String code, String parent, Integer indicator, boolean required, String textTh,
            String textEn, Scale scale, List<ScaleOption> options) {
    }

    public record CommentRule(int maxLength) {
    }
}
