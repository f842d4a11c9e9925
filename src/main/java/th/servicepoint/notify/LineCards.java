package th.servicepoint.notify;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import th.servicepoint.queue.QueuePlaces;
import th.servicepoint.queue.Ticket;
import th.servicepoint.queue.TicketLinks;
import th.servicepoint.queue.TicketStatusText;

/** The ticket card LINE shows when a ticket is followed: its number, service, place and a button to its page. */
@ApplicationScoped
class LineCards {

    private final QueuePlaces places;
    private final TicketLinks links;

    LineCards(QueuePlaces places, TicketLinks links) {
        this.places = places;
        this.links = links;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Map<String, Object> of(Ticket ticket) {
        Place where = places.of(ticket).map(place -> new Place(
                "รออีก " + place.ahead() + " คิว ประมาณ " + place.estimateMinutes() + " นาที"
                        + " ระบบจะแจ้งเมื่อใกล้ถึงคิว",
                place.ahead() + " ahead, about " + place.estimateMinutes()
                        + " min. You will be told when your turn is near."))
                .orElse(new Place(TicketStatusText.thai(ticket.status), ticket.status.name()));
        return LineMessages.card(new LineMessages.Card(ticket.number, ticket.service.nameTh, ticket.service.nameEn,
                ticket.servicePoint.nameTh, where.th(), where.en(),
                ticket.trackingToken == null ? null : links.tracking(ticket.trackingToken)));
    }

    private record Place(String th, String en) {
    }
}
