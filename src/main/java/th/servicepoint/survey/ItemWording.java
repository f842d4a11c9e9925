package th.servicepoint.survey;

/**
 * What a questionnaire item asks, as the newest questionnaire version with its code words it. Parents (E1, E6) are
 * here too: they take no answer but name the question their sub-items score for.
 */
public record ItemWording(String code, String parentCode, String textTh, String textEn) {
}
