package th.servicepoint.survey;

import java.util.List;
import java.util.Map;

/**
 * How the survey was answered in a period: the number of responses and one tally per answered item, in questionnaire
 * order, in total and per group of each {@link Breakdown}. Invited and open (poster) responses both count in the
 * total.
 *
 * @param wording what each answered item and its parent ask, keyed by code in questionnaire order
 * @param groups per breakdown, the groups with at least one response: by service point, then prefix, counter number,
 *        division code or clerk name
 */
public record SurveyTallies(long responses, List<ItemTally> items, Map<String, ItemWording> wording,
        Map<Breakdown, List<Group>> groups) {

    /**
     * One service, counter, division, clerk or mode.
     *
     * @param key what identifies the group: the service prefix or counter number (at {@code servicePointCode}), the
     *        division code, the clerk's user name or the mode
     * @param servicePointCode the service point of a service or counter; null for the other breakdowns
     */
    public record Group(String key, String servicePointCode, String nameTh, String nameEn, long responses,
            List<ItemTally> items) {
    }

    public List<Group> groups(Breakdown breakdown) {
        return groups.getOrDefault(breakdown, List.of());
    }
}
