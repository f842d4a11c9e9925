package th.servicepoint.site;

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
import th.servicepoint.security.AppUser;

/** A counter (ช่องบริการ) that serves one or more services, staffed by the clerk signed in to it. */
@Entity
@Table(name = "counter")
public class Counter extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_point_id")
    public ServicePoint servicePoint;
    public int number;
    public String name;
    @Enumerated(EnumType.STRING)
    public CounterStatus status = CounterStatus.CLOSED;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "clerk_id")
    public AppUser clerk;
    /** Calls since the last priority call; null before the first call of the counter's life. */
    @Column(name = "calls_since_priority")
    public Integer callsSincePriority;
}
