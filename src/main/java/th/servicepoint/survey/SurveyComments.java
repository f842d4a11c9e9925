package th.servicepoint.survey;

import java.time.Instant;
import java.util.List;

/**
 * The comments left with the survey answers of a period: how many, and the latest of them (at most
 * {@link SurveyStatistics#LATEST_COMMENTS}). Plain text as typed; whatever renders it escapes it.
 */
public record SurveyComments(long count, List<Comment> latest) {

    /** One comment with where it was left; service names are null for an open (poster) answer. */
    public record Comment(Instant answeredAt, ResponseMode mode, String servicePointCode, Integer counterNumber,
            String serviceNameTh, String serviceNameEn, String text) {
    }
}
