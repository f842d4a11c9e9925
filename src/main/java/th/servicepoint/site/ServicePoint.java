package th.servicepoint.site;

import java.time.LocalTime;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import th.servicepoint.common.ProblemException;

/** A building or hall where citizens queue (จุดบริการ); {@code code} names it in URLs. */
@Entity
@Table(name = "service_point")
public class ServicePoint extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String code;
    @Column(name = "name_th")
    public String nameTh;
    @Column(name = "name_en")
    public String nameEn;
    public String address;
    @Column(name = "time_zone")
    public String timeZone = "Asia/Bangkok";
    @Column(name = "opens_at")
    public LocalTime opensAt = LocalTime.of(8, 30);
    @Column(name = "closes_at")
    public LocalTime closesAt = LocalTime.of(16, 30);
    @Column(name = "open_days")
    public String openDays = "MON,TUE,WED,THU,FRI";
    /** Kiosks issue tickets outside the opening hours too (they wait for the counters to open). */
    @Column(name = "issue_outside_hours")
    public boolean issueOutsideHours;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public OpeningHours hours() {
        return OpeningHours.of(timeZone, opensAt, closesAt, openDays);
    }

    public static ServicePoint byCode(String code) {
        return find("code", code).<ServicePoint> firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Service point", "จุดบริการ",
                        code));
    }
}
