package th.servicepoint.survey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import th.servicepoint.catalog.Service;
import th.servicepoint.queue.Ticket;
import th.servicepoint.security.AppUser;
import th.servicepoint.site.Counter;
import th.servicepoint.site.ServicePoint;

/**
 * The one-time right to rate one served ticket, minted when the clerk completes it. It records where, by whom and for
 * which service the citizen was served, so the answer itself needs nothing about the person.
 */
@Entity
@Table(name = "survey_invitation")
public class SurveyInvitation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    /** The secret of the survey link; null once the data retention purge cleared it (long after it expired). */
    public String token;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id")
    public Ticket ticket;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_point_id")
    public ServicePoint servicePoint;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    public Service service;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "counter_id")
    public Counter counter;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "clerk_id")
    public AppUser clerk;
    /**
     * The ITA items this invitation asks, chosen by the rotation when it was minted; null asks the whole questionnaire
     * (the full form, and invitations minted before the short form).
     */
    @Column(name = "asked_items")
    public String[] askedItems;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "expires_at")
    public Instant expiresAt;

    public static Optional<SurveyInvitation> byToken(String token) {
        return find("token", token).firstResultOptional();
    }

    /** Locked until the transaction ends, so two submissions on one token are answered one after the other. */
    static Optional<SurveyInvitation> lockByToken(String token) {
        return find("token", token).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    static Optional<SurveyInvitation> ofTicket(Ticket ticket) {
        return find("ticket", ticket).firstResultOptional();
    }

    /** What {@link Questionnaire#asked} takes: null for the whole questionnaire. */
    List<String> rotated() {
        return askedItems == null ? null : List.of(askedItems);
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean isAnswered() {
        return SurveyResponse.count("invitation", this) > 0;
    }
}
