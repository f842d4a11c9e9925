package th.servicepoint.survey;

/** One answer an item offers: the value sent back, its labels and the points it scores. */
public record ScaleOption(String value, String labelTh, String labelEn, int points) {
}
