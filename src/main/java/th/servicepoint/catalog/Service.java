package th.servicepoint.catalog;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import th.servicepoint.site.Counter;
import th.servicepoint.site.Division;
import th.servicepoint.site.ServicePoint;

/** A service citizens queue for (งานบริการ), with its published steps and standard times. */
@Entity
@Table(name = "service")
public class Service extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_point_id")
    public ServicePoint servicePoint;
    @JdbcTypeCode(SqlTypes.CHAR)
    public String prefix;
    @Column(name = "name_th")
    public String nameTh;
    @Column(name = "name_en")
    public String nameEn;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "division_id")
    public Division division;
    @Column(name = "daily_cap")
    public Integer dailyCap;
    public boolean active = true;
    /** Call-ahead (issue 18): see {@link CallAhead}. */
    @Column(name = "call_ahead_tickets")
    public Integer callAheadTickets = CallAhead.DEFAULT.tickets();
    @Column(name = "call_ahead_minutes")
    public Integer callAheadMinutes = CallAhead.DEFAULT.minutes();
    /** Remote joining (issue 18, {@link RemoteJoin}): off unless the agency opens it. */
    @Column(name = "remote_join")
    public boolean remoteJoin;
    @Column(name = "remote_share_percent")
    public Integer remoteSharePercent;
    @Column(name = "remote_daily_max")
    public Integer remoteDailyMax;
    @Column(name = "remote_opens_at")
    public LocalTime remoteOpensAt;
    @Column(name = "remote_closes_at")
    public LocalTime remoteClosesAt;
    /** Appointments (issue 19, {@link Booking}): off unless the agency opens booking. */
    public boolean bookable;
    @Column(name = "slot_minutes")
    public Integer slotMinutes;
    @Column(name = "walk_in_percent")
    public int walkInPercent = Booking.OFF.walkInPercent();
    @Column(name = "book_ahead_days")
    public int bookAheadDays = Booking.OFF.bookAheadDays();
    @OneToMany(mappedBy = "service", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ServiceStep> steps = new ArrayList<>();
    /** The counters that serve it. The catalog holds this side, so that a site's counters know nothing of services. */
    @ManyToMany
    @JoinTable(name = "counter_service", joinColumns = @JoinColumn(name = "service_id"), inverseJoinColumns = @JoinColumn(name = "counter_id"))
    public Set<Counter> counters = new LinkedHashSet<>();

    public Booking booking() {
        return new Booking(bookable, slotMinutes, walkInPercent, bookAheadDays);
    }

    public RemoteJoin remoteJoining() {
        return new RemoteJoin(remoteJoin, remoteSharePercent, remoteDailyMax, remoteOpensAt, remoteClosesAt);
    }

    /** The published standard time of the whole service: the sum of its steps. */
    public int standardMinutes() {
        return steps.stream().mapToInt(step -> step.standardMinutes).sum();
    }

    public boolean isServedAt(Counter counter) {
        return counters.stream().anyMatch(c -> c.id.equals(counter.id));
    }

    /** The services a counter serves, by prefix. */
    public static List<Service> servedAt(Counter counter) {
        return list("select s from Service s join s.counters c where c = ?1 order by s.prefix", counter);
    }
}
