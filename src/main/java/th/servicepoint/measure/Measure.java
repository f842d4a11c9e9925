package th.servicepoint.measure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.ListIndexBase;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import th.servicepoint.common.FiscalYear;
import th.servicepoint.common.ReportPeriod;
import th.servicepoint.site.Division;
import th.servicepoint.site.ServicePoint;

/**
 * A measure (มาตรการ) the agency takes for items a report flagged: one row of the seed's section 6 table, recorded for
 * the report period it answers and for one service point or (none) the whole agency.
 */
@Entity
@Table(name = "measure")
public class Measure extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "fiscal_year")
    public int fiscalYear;
    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind")
    public ReportPeriod.Kind periodKind;
    @Column(name = "first_day")
    public LocalDate firstDay;
    @Column(name = "end_exclusive")
    public LocalDate endExclusive;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_point_id")
    public ServicePoint servicePoint;
    @ElementCollection
    @CollectionTable(name = "measure_item", joinColumns = @JoinColumn(name = "measure_id"))
    @Column(name = "item_code")
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    public List<String> items = new ArrayList<>();
    @Column(name = "title_th")
    public String titleTh;
    @Column(name = "title_en")
    public String titleEn;
    @ElementCollection
    @CollectionTable(name = "measure_step", joinColumns = @JoinColumn(name = "measure_id"))
    @Column(name = "text_th")
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    public List<String> steps = new ArrayList<>();
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "division_id")
    public Division division;
    @Column(name = "responsible_text")
    public String responsibleText;
    @Column(name = "follow_up")
    public String followUp;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    public MeasureStatus status;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
    @OneToMany(mappedBy = "measure", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    public List<ProgressEntry> progress = new ArrayList<>();

    void recordFor(ReportPeriod period) {
        fiscalYear = period.fiscalYear().be();
        periodKind = period.kind();
        firstDay = period.firstDay();
        endExclusive = period.endExclusive();
    }

    /** The report period it was recorded for; the database holds halves and years only. */
    public ReportPeriod period() {
        FiscalYear year = FiscalYear.of(fiscalYear);
        return periodKind == ReportPeriod.Kind.YEAR ? ReportPeriod.year(year)
                : ReportPeriod.half(year, periodKind == ReportPeriod.Kind.HALF_1 ? 1 : 2);
    }
}
