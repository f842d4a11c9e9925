package th.servicepoint.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import th.servicepoint.common.ProblemException;
import th.servicepoint.common.PublicAddress;
import th.servicepoint.common.RetentionSettings;

/**
 * The address a citizen follows a ticket at, {@code {public-base-url}/ticket/?t={trackingToken}}: printed as a QR code
 * on the kiosk's ticket. The public address is the one survey links use ({@link PublicAddress}).
 */
@ApplicationScoped
public class TicketLinks {

    private final PublicAddress address;
    private final RetentionSettings retention;

    TicketLinks(PublicAddress address, RetentionSettings retention) {
        this.address = address;
        this.retention = retention;
    }

    /** The tracking address of a token, without looking it up. */
    public String tracking(String trackingToken) {
        return address.link("/ticket/?t=" + trackingToken);
    }

    /** The tracking address of an issued ticket; 404 for a token no ticket has. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String trackingOf(String trackingToken) {
        if (Ticket.count("trackingToken", trackingToken) == 0) {
            throw notFound();
        }
        return tracking(trackingToken);
    }

    /**
     * The answer to a token no ticket has. A token the data retention purge cleared cannot be told from one never
     * issued: keeping anything that recognises it would keep the link between the paper ticket and the visit that the
     * purge removes. So the answer names both causes.
     */
    public ProblemException notFound() {
        long days = retention.ticketTokens().toDays();
        return new ProblemException(404, "TICKET_NOT_FOUND",
                "ไม่พบบัตรคิวนี้ กรุณาสแกน QR บนบัตรอีกครั้ง หากรับบัตรคิวมาเกิน " + days
                        + " วันแล้ว ลิงก์ติดตามบัตรคิวหมดอายุตามนโยบายการเก็บรักษาข้อมูลส่วนบุคคลของหน่วยงาน",
                "This ticket was not found; scan the QR code on the ticket again. If the ticket is more than " + days
                        + " days old, its tracking link has expired under the agency's data retention policy");
    }
}
