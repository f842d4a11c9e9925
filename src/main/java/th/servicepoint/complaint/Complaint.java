package th.servicepoint.complaint;

import java.time.Instant;

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
import th.servicepoint.site.ServicePoint;

/**
 * A citizen's complaint. The text and the contact are for staff only; the tracking code is the citizen's key; staff
 * name it by its reference, never by its id. The database keeps category, text and filing time as filed (V17).
 */
@Entity
@Table(name = "complaint")
public class Complaint extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "tracking_code")
    public String trackingCode;
    public String reference;
    @Enumerated(EnumType.STRING)
    public ComplaintCategory category;
    @Enumerated(EnumType.STRING)
    public ComplaintStatus status;
    public String text;
    public String contact;
    /** When the data retention purge removed the contact; null while it is kept or when none was given. */
    @Column(name = "contact_removed_at")
    public Instant contactRemovedAt;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_point_id")
    public ServicePoint servicePoint;
    @Column(name = "public_answer")
    public String publicAnswer;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public String servicePointCode() {
        return servicePoint == null ? null : servicePoint.code;
    }
}
