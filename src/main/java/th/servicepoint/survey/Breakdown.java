package th.servicepoint.survey;

/**
 * What the survey tallies of a report are broken down by. An open (poster) response knows only its counter, so it
 * counts under {@link #COUNTER} and {@link #MODE} and is missing from the others.
 */
public enum Breakdown {
    /** The service the invited citizen was served for. */
    SERVICE,
    /** The counter that served the ticket, or the counter of the poster. */
    COUNTER,
    /** The division responsible for the service now ({@code service.division_id}). */
    DIVISION,
    /** The clerk who completed the ticket. */
    CLERK,
    /** Invited (served ticket) or open (poster) answers, apart: the two are not equally trustworthy. */
    MODE
}
