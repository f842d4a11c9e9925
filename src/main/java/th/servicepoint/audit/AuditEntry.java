package th.servicepoint.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One row of the append-only audit trail (the database refuses updates and deletes). */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Instant at;
    public String actor;
    @Column(name = "user_id")
    public Long userId;
    @Column(name = "device_id")
    public Long deviceId;
    public String action;
    @Column(name = "service_point_id")
    public Long servicePointId;
    @Column(name = "counter_id")
    public Long counterId;
    @Column(name = "ticket_id")
    public Long ticketId;
    public String reason;
    public String detail;
}
