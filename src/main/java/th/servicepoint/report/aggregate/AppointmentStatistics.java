package th.servicepoint.report.aggregate;

import static th.servicepoint.common.TupleFigures.count;
import static th.servicepoint.common.TupleFigures.decimal;
import static th.servicepoint.common.TupleFigures.percent;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import th.servicepoint.common.SqlStatements;
import th.servicepoint.report.aggregate.AppointmentReport.Figures;
import th.servicepoint.report.aggregate.AppointmentReport.Outcomes;
import th.servicepoint.report.aggregate.AppointmentReport.Punctuality;
import th.servicepoint.report.aggregate.AppointmentReport.ServiceFigures;
import th.servicepoint.report.aggregate.AppointmentReport.Waits;
import th.servicepoint.report.aggregate.AppointmentReport.WalkInWaits;

/**
 * The appointment figures of the executive report, aggregated in PostgreSQL by one statement
 * (report/sql/appointment-figures.sql, which says which tables it reads and why not the tallies), read by column name.
 */
@ApplicationScoped
public class AppointmentStatistics {

    private static final String FIGURES = SqlStatements.load("report/sql/appointment-figures.sql");

    private final EntityManager entityManager;

    AppointmentStatistics(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The appointments with a slot starting in [from, to) at a service point, or the agency when it is null; an
     * appointment still booked counts as missed once its slot has ended by {@code now}.
     */
    AppointmentReport of(Instant from, Instant to, Long servicePointId, Instant now) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery(FIGURES, Tuple.class).setParameter("from", from)
                .setParameter("to", to).setParameter("servicePoint", servicePointId).setParameter("now", now)
                .getResultList();
        // the grand total is always the first row, of zeros and nulls without appointments
        return new AppointmentReport(figures(rows.get(0)),
                rows.subList(1, rows.size()).stream().map(AppointmentStatistics::service).toList());
    }

    private static ServiceFigures service(Tuple row) {
        return new ServiceFigures(count(row, "service_id"), row.get("service_point_code", String.class),
                row.get("prefix", String.class), row.get("name_th", String.class), row.get("name_en", String.class),
                figures(row));
    }

    private static Figures figures(Tuple row) {
        long kept = count(row, "kept");
        long missed = count(row, "missed");
        Outcomes outcomes = new Outcomes(count(row, "booked"), kept, count(row, "cancelled"), missed,
                count(row, "upcoming"), percent(kept, kept + missed));
        long called = count(row, "called");
        long withinTen = count(row, "within_ten");
        Punctuality punctuality = new Punctuality(called, decimal(row, "lateness_median"),
                decimal(row, "lateness_p90"), withinTen, percent(withinTen, called));
        WalkInWaits walkIns = new WalkInWaits(new Waits(count(row, "with_n"), decimal(row, "with_median")),
                new Waits(count(row, "without_n"), decimal(row, "without_median")));
        return new Figures(outcomes, punctuality, walkIns);
    }
}
