package th.servicepoint.survey;

/**
 * A questionnaire's life: exactly one is PUBLISHED (the one citizens answer); an edit publishes a new version and
 * retires the old one, which stays for the responses that answered it. DRAFT is kept in the schema for an editor that
 * saves before publishing; the admin API publishes at once.
 */
public enum QuestionnaireStatus {
    DRAFT,
    PUBLISHED,
    RETIRED
}
