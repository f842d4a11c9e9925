package th.servicepoint.notify;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A one-time code that follows a ticket on LINE (V30); {@link LineLinks} makes and uses them. */
@Entity
@Table(name = "line_link_code")
public class LineLinkCode extends PanacheEntityBase {

    @Id
    public String code;
    @Column(name = "ticket_id")
    public long ticketId;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "used_at")
    public Instant usedAt;
}
