package th.servicepoint.survey;

import jakarta.enterprise.context.ApplicationScoped;

/** The addresses of the survey page that the QR codes carry: one per invitation, one per counter poster. */
@ApplicationScoped
class SurveyLinks {

    private final SurveySettings settings;

    SurveyLinks(SurveySettings settings) {
        this.settings = settings;
    }

    String invitation(String token) {
        return url("t", token);
    }

    String poster(String posterToken) {
        return url("p", posterToken);
    }

    private String url(String parameter, String token) {
        String base = settings.publicBaseUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/survey/?" + parameter + "="
                + token;
    }
}
