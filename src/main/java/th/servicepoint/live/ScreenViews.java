package th.servicepoint.live;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.servicepoint.queue.DisplayBoard;
import th.servicepoint.queue.PublicTicketStatus;
import th.servicepoint.queue.QueueBoard;
import th.servicepoint.queue.QueueView;
import th.servicepoint.queue.TrackedTicket;
import th.servicepoint.site.Counter;
import th.servicepoint.site.ServicePoint;

/**
 * What screens are sent when they open, read from the queue. A snapshot and the event number it is as of are read in
 * one REPEATABLE READ transaction: the snapshot holds exactly the events up to that number, so the events after it
 * apply on top without a gap or a repeat.
 */
@ApplicationScoped
class ScreenViews {

    record DisplaySnapshot(String type, long seq, Instant at, List<QueueView.ServiceQueue> services,
            List<QueueView.CounterState> counters, List<DisplayBoard.RecentCall> recentCalls) {
    }

    record CounterSnapshot(String type, long seq, Instant at, QueueView.CounterState counter) {
    }

    record TicketMessage(String type, long seq, String at, PublicTicketStatus ticket) {
    }

    private final EntityManager entityManager;
    private final EventJournal journal;
    private final QueueBoard board;
    private final LiveSettings settings;
    private final ObjectMapper json;
    private final Clock clock;

    ScreenViews(EntityManager entityManager, EventJournal journal, QueueBoard board, LiveSettings settings,
            ObjectMapper json, Clock clock) {
        this.entityManager = entityManager;
        this.journal = journal;
        this.board = board;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    @ActivateRequestContext
    @Transactional
    long servicePointId(String code) {
        return ServicePoint.<ServicePoint> find("code", code).firstResultOptional().map(sp -> sp.id)
                .orElseThrow(() -> new ScreenRefused(ScreenClose.NOT_FOUND, "no service point " + code));
    }

    @ActivateRequestContext
    @Transactional
    long counterServicePoint(long counterId) {
        return Counter.<Counter> findByIdOptional(counterId).map(counter -> counter.servicePoint.id)
                .orElseThrow(() -> new ScreenRefused(ScreenClose.NOT_FOUND, "no counter " + counterId));
    }

    @ActivateRequestContext
    @Transactional
    Opening display(long servicePointId, Long since) {
        long seq = startAt(servicePointId);
        return missed(servicePointId, since, seq).orElseGet(() -> {
            DisplayBoard display = board.display(ServicePoint.findById(servicePointId));
            return Opening.snapshot(seq, write(new DisplaySnapshot("snapshot", seq, clock.instant(),
                    display.queue().services(), display.queue().counters(), display.recentCalls())));
        });
    }

    @ActivateRequestContext
    @Transactional
    Opening counter(long counterId, long servicePointId, Long since) {
        long seq = startAt(servicePointId);
        return missed(servicePointId, since, seq).orElseGet(() -> Opening.snapshot(seq, write(
                new CounterSnapshot("snapshot", seq, clock.instant(), board.counter(Counter.findById(counterId))))));
    }

    /** A ticket's state is all its phone needs, so a ticket screen always starts from a snapshot. */
    @ActivateRequestContext
    @Transactional
    Opening ticket(String trackingToken, long servicePointId) {
        long seq = startAt(servicePointId);
        // the token was there a moment ago; the data retention purge may have cleared it since
        PublicTicketStatus status = board.tracked(trackingToken)
                .orElseThrow(() -> new ScreenRefused(ScreenClose.NOT_FOUND, "no such ticket")).status();
        return Opening.snapshot(seq, ticketMessage("snapshot", seq, clock.instant().toString(), status));
    }

    @ActivateRequestContext
    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<TrackedTicket> tracked(String trackingToken) {
        return board.tracked(trackingToken);
    }

    String ticketMessage(String type, long seq, String at, PublicTicketStatus status) {
        return write(new TicketMessage(type, seq, at, status));
    }

    /** Makes the running transaction REPEATABLE READ and reads the service point's last event number in it. */
    private long startAt(long servicePointId) {
        entityManager.createNativeQuery("set transaction isolation level repeatable read").executeUpdate();
        return journal.lastSeq(servicePointId);
    }

    /** The events after {@code since}, when the journal still has every one of them and they are few enough. */
    private Optional<Opening> missed(long servicePointId, Long since, long seq) {
        if (since == null || since > seq || seq - since > settings.replayLimit()) {
            return Optional.empty();
        }
        List<EventJournal.Entry> entries = journal.after(servicePointId, since, (int) (seq - since));
        if (entries.size() != seq - since) {
            return Optional.empty();
        }
        return Optional.of(Opening.resumed(seq,
                entries.stream().map(entry -> new LiveEvent(entry.seq(), entry.message())).toList()));
    }

    private String write(Object message) {
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a screen message", e);
        }
    }
}
