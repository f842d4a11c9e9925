package th.servicepoint.agency;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

/**
 * A local administrative organization on the installation (V20__agencies.sql). The directory of agencies has no
 * row-level security: names, classes and provinces are public; what an agency owns is kept apart by its rows' agency.
 */
@Entity
@Table(name = "agency")
public class Agency extends PanacheEntityBase {

    /** As many report recipients as an agency keeps (V26 holds the same cap). */
    public static final int MAX_RECIPIENTS = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String code;
    @Column(name = "name_th")
    public String nameTh;
    @Column(name = "name_en")
    public String nameEn;
    @Enumerated(EnumType.STRING)
    @Column(name = "agency_class")
    public AgencyClass agencyClass;
    public String province;
    public String district;
    public boolean active = true;
    /** Who gets the agency's half-year report by mail (V26); checked addresses, at most {@link #MAX_RECIPIENTS}. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "report_recipients")
    public List<String> reportRecipients = new ArrayList<>();
    /** Appointments: after this many no-shows a contact or device may not book for a while; null: never. */
    @Column(name = "booking_no_show_limit")
    public Integer bookingNoShowLimit;
    @Column(name = "booking_block_days")
    public int bookingBlockDays = 30;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    /** The active agencies, the installation's home agency (the first) first. */
    public static List<Agency> active() {
        return list("active", Sort.by("id"), true);
    }

    public static Optional<Agency> byCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
