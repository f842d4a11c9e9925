package th.servicepoint.report.aggregate;

import java.util.Map;

import th.servicepoint.queue.QueueReport;
import th.servicepoint.survey.SurveyComments;
import th.servicepoint.survey.SurveyTallies;

/**
 * What a report computes from the big tables for its period and scope: the survey tallies with every breakdown, the
 * queue figures, the survey comments and the appointments. Computed for every request, except for a fiscal half that
 * is over, whose are kept ({@link KeptHalves}).
 *
 * @param appointments null in figures kept before appointments were reported (the report computes them then)
 */
public record PeriodFigures(SurveyTallies tallies, QueueReport queue, SurveyComments comments,
        AppointmentReport appointments) {

    /** The survey's total without the breakdowns, as a later report compares with it. */
    SurveyTallies totals() {
        return new SurveyTallies(tallies.responses(), tallies.items(), tallies.wording(), Map.of());
    }
}
