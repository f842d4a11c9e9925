package th.servicepoint.report.scoring;

/** How many chose one answer: count, percent of the item's n and the Wilson 95% interval of that percent. */
public record AnswerShare(String value, int points, long count, double percent, Interval percentInterval) {
}
