package th.servicepoint.notify;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Someone who follows one ticket through one channel, one complaint on LINE (V30), or the contact of one appointment
 * (V36): the address the companion
 * reaches them at, and nothing else about them. Stopped when they unfollow, the address stops working, or the retention purge
 * clears it.
 */
@Entity
@Table(name = "ticket_follower")
public class TicketFollower extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "ticket_id")
    public Long ticketId;
    @Column(name = "complaint_id")
    public Long complaintId;
    @Column(name = "appointment_id")
    public Long appointmentId;
    /** The ticket's (none for a complaint's follower). */
    @Column(name = "service_point_id")
    public Long servicePointId;
    @Column(name = "business_day")
    public LocalDate businessDay;
    @Enumerated(EnumType.STRING)
    public FollowerChannel channel;
    public String address;
    @Column(name = "address_hash")
    public String addressHash;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "stopped_at")
    public Instant stoppedAt;
}
