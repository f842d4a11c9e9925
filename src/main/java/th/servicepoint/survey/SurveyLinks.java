package th.servicepoint.survey;

import jakarta.enterprise.context.ApplicationScoped;

import th.servicepoint.common.PublicAddress;

/** The addresses of the survey page that the QR codes carry: one per invitation, one per counter poster. */
@ApplicationScoped
class SurveyLinks {

    private final PublicAddress address;

    SurveyLinks(PublicAddress address) {
        this.address = address;
    }

    String invitation(String token) {
        return url("t", token);
    }

    String poster(String posterToken) {
        return url("p", posterToken);
    }

    private String url(String parameter, String token) {
        return address.link("/survey/?" + parameter + "=" + token);
    }
}
