package th.servicepoint.report.peers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;

/**
 * How current kept figures are (V25): the queue figures count the days through {@code foldedThrough}, and the survey and
 * complaint figures are as they stood at {@code computedAt}. For many agencies, the oldest of theirs, so every figure
 * is at least this current.
 *
 * @param foldedThrough the last day of the period in the daily queue tallies when computed; null when none of its days
 *        were folded yet
 * @param computedAt when the figures were computed
 */
public record AsOf(LocalDate foldedThrough, Instant computedAt) {

    /** The oldest of {@code agencies}' (an agency with no folded day aside); null for none. */
    static AsOf oldest(Collection<AgencyFigures> agencies) {
        if (agencies.isEmpty()) {
            return null;
        }
        LocalDate folded = agencies.stream().map(f -> f.asOf().foldedThrough()).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        Instant computed = agencies.stream().map(f -> f.asOf().computedAt()).min(Comparator.naturalOrder())
                .orElseThrow();
        return new AsOf(folded, computed);
    }
}
