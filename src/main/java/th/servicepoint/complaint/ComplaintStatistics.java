package th.servicepoint.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import th.servicepoint.common.AgencyScopes;
import th.servicepoint.common.ProblemException;
import th.servicepoint.common.SqlStatements;
import th.servicepoint.security.Caller;

/**
 * Numbers for reports. Only counts leave here, so corruption complaints can be reported to executives without a word
 * of their content. Corruption complaints are counted by status and by day for complaint officers only: anyone else
 * gets one number per report period ({@link #corruption}), so no status change or day reveals a single complaint.
 */
@ApplicationScoped
public class ComplaintStatistics {

    /** Days in reports are agency days. */
    private static final ZoneId REPORT_ZONE = ZoneId.of("Asia/Bangkok");
    private static final Set<ComplaintCategory> NOT_CORRUPTION = EnumSet
            .complementOf(EnumSet.of(ComplaintCategory.CORRUPTION));

    /** report/sql/complaint-counts.sql, which bench/report.sh runs too. */
    private static final String COUNTS = SqlStatements.load("report/sql/complaint-counts.sql");

    private final Caller caller;
    private final AgencyScopes scopes;

    ComplaintStatistics(Caller caller, AgencyScopes scopes) {
        this.caller = caller;
        this.scopes = scopes;
    }

    /**
     * Complaints other than corruption filed in [from, to) naming a service point, or all of them when it is null (a
     * complainant need not name one): one entry for every such category and status, zeros included.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ComplaintCount> counts(Instant from, Instant to, Long servicePointId) {
        return counts(from, to, servicePointId, NOT_CORRUPTION);
    }

    /**
     * Corruption complaints filed in [from, to) naming a service point, or all of them when it is null, whatever their
     * status. For a report period only (see {@code ExecutiveReports}): counts of shorter or overlapping spans could be
     * subtracted down to a single complaint. Row-level security shows corruption complaints to their officers only,
     * so the number is counted in a transaction of its own whose scope may count them.
     */
    public long corruption(Instant from, Instant to, Long servicePointId) {
        return AgencyScopes.call(scopes.current().withCorruptionComplaints(),
                () -> QuarkusTransaction.requiringNew().call(() -> counts(from, to, servicePointId,
                        EnumSet.of(ComplaintCategory.CORRUPTION)).stream().mapToLong(ComplaintCount::count).sum()));
    }

    /**
     * Complaints filed on the days {@code from} to {@code to} (ISO dates such as 2026-10-01), both included, of the
     * categories the caller may see: corruption ones for complaint officers only.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ComplaintCounts days(String from, String to) {
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        if (last.isBefore(first)) {
            throw ProblemException.invalid("to", "วันสิ้นสุดต้องไม่ก่อนวันเริ่มต้น", "'to' must not be before 'from'");
        }
        return new ComplaintCounts(first, last, counts(first.atStartOfDay(REPORT_ZONE).toInstant(),
                last.plusDays(1).atStartOfDay(REPORT_ZONE).toInstant(), null, ComplaintCases.visibleTo(caller)));
    }

    private static List<ComplaintCount> counts(Instant from, Instant to, Long servicePointId,
            Set<ComplaintCategory> categories) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = Complaint.getEntityManager().createNativeQuery(COUNTS, Tuple.class)
                .setParameter("from", from).setParameter("to", to)
                .setParameter("categories", categories.stream().map(ComplaintCategory::name).toList())
                .setParameter("servicePoint", servicePointId).getResultList();
        Map<ComplaintCategory, Map<ComplaintStatus, Long>> found = new EnumMap<>(ComplaintCategory.class);
        for (Tuple row : rows) {
            found.computeIfAbsent(ComplaintCategory.valueOf(row.get("category", String.class)),
                    category -> new EnumMap<>(ComplaintStatus.class))
                    .put(ComplaintStatus.valueOf(row.get("status", String.class)), row.get("n", Number.class).longValue());
        }
        List<ComplaintCount> counts = new ArrayList<>();
        for (ComplaintCategory category : categories) {
            for (ComplaintStatus status : ComplaintStatus.values()) {
                counts.add(new ComplaintCount(category, status,
                        found.getOrDefault(category, Map.of()).getOrDefault(status, 0L)));
            }
        }
        return counts;
    }

    /** A malformed date is the caller's mistake to fix (422), not a missing page (JAX-RS would answer 404). */
    private static LocalDate day(String field, String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "ต้องระบุวันที่ในรูปแบบ ปปปป-ดด-วว (ค.ศ.) เช่น 2026-10-01",
                    "Give a date as yyyy-mm-dd, e.g. 2026-10-01");
        }
    }
}
