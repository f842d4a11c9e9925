package th.servicepoint.notify;

import java.time.LocalDate;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import th.servicepoint.complaint.ComplaintStatusChanged;
import th.servicepoint.queue.Channel;
import th.servicepoint.queue.QueueEvent;
import th.servicepoint.queue.QueueEventType;
import th.servicepoint.queue.Ticket;
import th.servicepoint.site.ServicePoint;

/**
 * Turns queue changes into notices, in the transaction of the change: a change rolled back tells nobody. What a
 * follower of the ticket itself hears (its call, its transfer, the survey once served) is queued here; whether other
 * waiting tickets came near is left to a call-ahead check the dispatcher runs after the commit.
 */
@ApplicationScoped
class CompanionTriggers {

    /** Changes after which tickets of the service point may be nearer their turn than before. */
    private static final Set<QueueEventType> MAY_BRING_NEARER = Set.of(QueueEventType.CALLED,
            QueueEventType.CANCELLED, QueueEventType.TRANSFERRED, QueueEventType.COUNTER, QueueEventType.MORE_TIME,
            QueueEventType.HANDED_BACK, QueueEventType.NO_SHOW);

    /** Changes a ticket's own followers hear of; issuing is not among them, so kiosks pay nothing for the companion. */
    private static final Set<QueueEventType> TOLD_TO_FOLLOWERS = Set.of(QueueEventType.CALLED,
            QueueEventType.TRANSFERRED, QueueEventType.COMPLETED);

    /** Tickets staff issued: their tracking link was in staff hands, so their survey link is not sent (QueueBoard). */
    private static final Set<Channel> STAFF_ISSUED = Set.of(Channel.COUNTER, Channel.WEB);

    private final NoticeWording wording;
    private final NoticeOutbox outbox;
    private final CallAheadChecks checks;
    private final CompanionChannels channels;
    private final Event<NoticesQueued> queued;

    CompanionTriggers(NoticeWording wording, NoticeOutbox outbox, CallAheadChecks checks,
            CompanionChannels channels, Event<NoticesQueued> queued) {
        this.wording = wording;
        this.outbox = outbox;
        this.checks = checks;
        this.channels = channels;
        this.queued = queued;
    }

    void onQueueChange(@Observes QueueEvent event) {
        int notices = TOLD_TO_FOLLOWERS.contains(event.type()) ? ticketNotices(event) : 0;
        boolean check = MAY_BRING_NEARER.contains(event.type()) && checks.request(event.servicePointId(),
                today(event));
        if (notices > 0 || check) {
            queued.fire(new NoticesQueued());
        }
    }

    private int ticketNotices(QueueEvent event) {
        Ticket ticket = Ticket.findById(event.ticket().id());
        NoticeWording.Words words = switch (event.type()) {
            case CALLED -> wording.called(ticket);
            case TRANSFERRED -> wording.transferred(ticket, event.at().toEpochMilli());
            case COMPLETED -> event.surveyUrl() == null || STAFF_ISSUED.contains(ticket.channel) ? null
                    : wording.survey(ticket, event.surveyUrl());
            default -> null;
        };
        if (words == null) {
            return 0;
        }
        return outbox.queue(ticket.id, words, event.at(), event.at(), channels.carrying(words.kind()));
    }

    /** A followed complaint moved on: its followers are told, in the transaction of the change. */
    void onComplaintChange(@Observes ComplaintStatusChanged change) {
        NoticeWording.Words words = wording.complaintStatus(change);
        if (outbox.queueForComplaint(change.complaintId(), words, change.at(), channels.carrying(words.kind())) > 0) {
            queued.fire(new NoticesQueued());
        }
    }

    private static LocalDate today(QueueEvent event) {
        ServicePoint servicePoint = ServicePoint.findById(event.servicePointId());
        return LocalDate.ofInstant(event.at(), servicePoint.zone());
    }
}
