package th.servicepoint.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import th.servicepoint.catalog.Service;
import th.servicepoint.common.ProblemException;
import th.servicepoint.security.AppUser;
import th.servicepoint.site.Counter;
import th.servicepoint.site.ServicePoint;

/**
 * A queue ticket (บัตรคิว). Its state machine: WAITING → CALLED → SERVING → DONE; CALLED → NO_SHOW → (reactivate)
 * WAITING; WAITING or CALLED → CANCELLED. Every other move is refused with 409.
 */
@Entity
@Table(name = "ticket")
public class Ticket extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_point_id")
    public ServicePoint servicePoint;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    public Service service;
    /** The service whose daily sequence gave the number; it stays when the ticket is transferred. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "numbered_by_service_id")
    public Service numberedBy;
    @Column(name = "business_day")
    public LocalDate businessDay;
    public int seq;
    public String number;
    @Enumerated(EnumType.STRING)
    public Priority priority;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    @Enumerated(EnumType.STRING)
    public TicketStatus status;
    /** The secret of the ticket's tracking link and QR; null once the data retention purge cleared it. */
    @Column(name = "tracking_token")
    public String trackingToken;
    @Column(name = "issued_at")
    public Instant issuedAt;
    @Column(name = "queued_at")
    public Instant queuedAt;
    @Column(name = "estimated_wait_minutes")
    public int estimatedWaitMinutes;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "counter_id")
    public Counter counter;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "clerk_id")
    public AppUser clerk;
    @Column(name = "called_at")
    public Instant calledAt;
    @Column(name = "call_count")
    public int callCount;
    @Column(name = "serving_started_at")
    public Instant servingStartedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
    /** When the citizen asked for a few more minutes and was moved back in the queue; once per ticket. */
    @Column(name = "more_time_at")
    public Instant moreTimeAt;
    /**
     * The start of the booked slot, for a ticket of channel APPOINTMENT: from then on the calling policy puts it ahead
     * of walk-ins. Null for every other ticket.
     */
    @Column(name = "appointment_at")
    public Instant appointmentAt;

    static final Set<TicketStatus> AT_COUNTER = Set.of(TicketStatus.CALLED, TicketStatus.SERVING);

    /** The ticket a counter is calling or serving now, if any. */
    public static Optional<Ticket> atCounter(Counter counter) {
        return find("counter = ?1 and status in ?2", counter, AT_COUNTER).firstResultOptional();
    }

    public static String formatNumber(String prefix, int seq) {
        return prefix + String.format("%03d", seq);
    }

    public static Optional<Ticket> byTrackingToken(String token) {
        return find("trackingToken", token).firstResultOptional();
    }

    void call(Counter at, AppUser by, Instant now) {
        require(Set.of(TicketStatus.WAITING), "call", "เรียก");
        status = TicketStatus.CALLED;
        counter = at;
        clerk = by;
        calledAt = now;
        callCount = 1;
    }

    void recall() {
        require(Set.of(TicketStatus.CALLED), "recall", "เรียกซ้ำ");
        callCount++;
    }

    void start(Instant now) {
        require(Set.of(TicketStatus.CALLED), "start serving", "เริ่มให้บริการ");
        status = TicketStatus.SERVING;
        servingStartedAt = now;
    }

    /** Done; the clerk is whoever completed it, so its survey is attributed to the person who actually served. */
    void complete(Instant now, AppUser by) {
        require(Set.of(TicketStatus.SERVING), "complete", "จบการให้บริการ");
        status = TicketStatus.DONE;
        finishedAt = now;
        if (by != null) {
            clerk = by;
        }
    }

    /** Back in the queue at its old place ({@code queuedAt} is kept), for whoever signs in at the counter next. */
    void handBack() {
        require(AT_COUNTER, "hand back to the queue", "ส่งคืนคิว");
        status = TicketStatus.WAITING;
        leaveCounter();
    }

    void markNoShow(Instant now) {
        require(Set.of(TicketStatus.CALLED), "mark as no-show", "บันทึกว่าไม่มาแสดงตน");
        status = TicketStatus.NO_SHOW;
        finishedAt = now;
    }

    /** Back in the queue at its old place: {@code queuedAt} is kept. */
    void reactivate() {
        require(Set.of(TicketStatus.NO_SHOW), "reactivate", "นำกลับเข้าคิว");
        status = TicketStatus.WAITING;
        leaveCounter();
    }

    void cancel(Instant now) {
        require(Set.of(TicketStatus.WAITING, TicketStatus.CALLED), "cancel", "ยกเลิก");
        status = TicketStatus.CANCELLED;
        finishedAt = now;
    }

    /** Moves to another service's queue, keeping the number and the original arrival time. */
    void transferTo(Service target) {
        require(Set.of(TicketStatus.WAITING, TicketStatus.CALLED, TicketStatus.SERVING), "transfer", "โอนไปงานอื่น");
        service = target;
        status = TicketStatus.WAITING;
        leaveCounter();
    }

    /** Whether the ticket belongs to a business day that has ended at its service point. */
    public boolean isFromPastDay(Instant now) {
        return businessDay.isBefore(LocalDate.ofInstant(now, servicePoint.zone()));
    }

    public boolean isAtCounter() {
        return AT_COUNTER.contains(status);
    }

    private void leaveCounter() {
        counter = null;
        clerk = null;
        calledAt = null;
        callCount = 0;
        servingStartedAt = null;
        finishedAt = null;
    }

    private void require(Set<TicketStatus> allowed, String action, String actionTh) {
        if (!allowed.contains(status)) {
            throw ProblemException.conflict("TICKET_STATE",
                    "บัตรคิว " + number + " อยู่ในสถานะ " + TicketStatusText.thai(status) + " จึง" + actionTh
                            + "ไม่ได้",
                    "Ticket " + number + " is " + status + ", so it cannot " + action);
        }
    }
}
