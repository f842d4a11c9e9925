package th.servicepoint.web;

import static th.servicepoint.support.Api.act;
import static th.servicepoint.support.Api.callNext;
import static th.servicepoint.support.Api.issue;
import static th.servicepoint.support.Api.surveyUrl;

import th.servicepoint.support.Api;
import th.servicepoint.support.Site;

/** A citizen served at counter 1 (open) of a test site: the ticket and the survey invitation its completion gave. */
record CitizenVisit(long ticketId, String trackingToken, String surveyToken) {

    static CitizenVisit serve(Site site) {
        String trackingToken = issue(site, "A").getString("trackingToken");
        long id = callNext(site, 1).getLong("id");
        act(site, 1, id, "start").statusCode(200);
        act(site, 1, id, "complete").statusCode(200);
        return new CitizenVisit(id, trackingToken, Api.surveyToken(surveyUrl(trackingToken)));
    }
}
