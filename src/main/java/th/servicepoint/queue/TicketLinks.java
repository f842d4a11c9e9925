package th.servicepoint.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import th.servicepoint.common.ProblemException;
import th.servicepoint.survey.SurveySettings;

/**
 * The address a citizen follows a ticket at, {@code {public-base-url}/ticket/?t={trackingToken}}: printed as a QR code
 * on the kiosk's ticket. The public address is the one survey links use ({@code servicepoint.survey.public-base-url}).
 */
@ApplicationScoped
public class TicketLinks {

    private final SurveySettings settings;

    TicketLinks(SurveySettings settings) {
        this.settings = settings;
    }

    /** The tracking address of a token, without looking it up. */
    public String tracking(String trackingToken) {
        String base = settings.publicBaseUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/ticket/?t=" + trackingToken;
    }

    /** The tracking address of an issued ticket; 404 for a token no ticket has. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String trackingOf(String trackingToken) {
        if (Ticket.count("trackingToken", trackingToken) == 0) {
            throw new ProblemException(404, "TICKET_NOT_FOUND", "ไม่พบบัตรคิวนี้ กรุณาสแกน QR บนบัตรอีกครั้ง",
                    "This ticket was not found; scan the QR code on the ticket again");
        }
        return tracking(trackingToken);
    }
}
