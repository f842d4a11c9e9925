package th.servicepoint.survey;

/** How much of the questionnaire one invitation asks. */
public enum QuestionnaireLength {
    /**
     * Overall satisfaction (every answerable item without an indicator) and a few ITA items chosen by rotation, so a
     * citizen answers in half a minute and each item still gets its share of answers over the half-year.
     */
    SHORT,
    /** Every item, every time. */
    FULL
}
