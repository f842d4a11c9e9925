package th.servicepoint.report.snapshot;

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
import th.servicepoint.common.FiscalYear;
import th.servicepoint.common.ReportPeriod;

/**
 * An executive report as it was generated, with its public version, each as serialized and with its SHA-256. The
 * database refuses updates and deletes; a regeneration is a new row with the next version.
 */
@Entity
@Table(name = "report_snapshot")
public class ReportSnapshot extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind")
    public ReportPeriod.Kind periodKind;
    @Column(name = "fiscal_year")
    public int fiscalYear;
    public Integer half;
    @Column(name = "first_day")
    public LocalDate firstDay;
    @Column(name = "last_day")
    public LocalDate lastDay;
    /** Null for the whole agency. */
    @Column(name = "service_point_id")
    public Long servicePointId;
    @Column(name = "service_point_code")
    public String servicePointCode;
    public int version;
    @Column(name = "generated_at")
    public Instant generatedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "triggered_by")
    public SnapshotTrigger trigger;
    @Column(name = "generated_by")
    public String generatedBy;
    /** The scheduled run that took it; null when taken by hand. */
    @Column(name = "run_id")
    public Long runId;
    @Column(name = "report_json")
    public String reportJson;
    @Column(name = "report_sha256")
    public String reportSha256;
    @Column(name = "public_json")
    public String publicJson;
    @Column(name = "public_sha256")
    public String publicSha256;

    /** The period as reports name it. */
    ReportPeriod period() {
        FiscalYear year = FiscalYear.of(fiscalYear);
        return half == null ? ReportPeriod.year(year) : ReportPeriod.half(year, half);
    }
}
