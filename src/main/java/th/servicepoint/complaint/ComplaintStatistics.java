package th.servicepoint.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import th.servicepoint.common.ProblemException;

/**
 * Numbers for reports. Only counts leave here, so corruption complaints can be reported to executives without a word
 * of their content.
 */
@ApplicationScoped
public class ComplaintStatistics {

    /** Days in reports are agency days. */
    private static final ZoneId REPORT_ZONE = ZoneId.of("Asia/Bangkok");

    /** Complaints filed in [from, to), one entry for every category and status, zeros included. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ComplaintCount> counts(Instant from, Instant to) {
        return counts(from, to, null);
    }

    /**
     * Complaints filed in [from, to) naming a service point, or all of them when it is null (a complainant need not
     * name one): one entry for every category and status, zeros included.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ComplaintCount> counts(Instant from, Instant to, Long servicePointId) {
        String atServicePoint = servicePointId == null ? "" : " and c.servicePoint.id = :servicePoint";
        TypedQuery<Object[]> query = Complaint.getEntityManager().createQuery(
                "select c.category, c.status, count(c) from Complaint c where c.createdAt >= :from and c.createdAt < :to"
                        + atServicePoint + " group by c.category, c.status",
                Object[].class).setParameter("from", from).setParameter("to", to);
        if (servicePointId != null) {
            query.setParameter("servicePoint", servicePointId);
        }
        List<Object[]> rows = query.getResultList();
        Map<ComplaintCategory, Map<ComplaintStatus, Long>> found = new EnumMap<>(ComplaintCategory.class);
        for (Object[] row : rows) {
            found.computeIfAbsent((ComplaintCategory) row[0], category -> new EnumMap<>(ComplaintStatus.class))
                    .put((ComplaintStatus) row[1], (Long) row[2]);
        }
        List<ComplaintCount> counts = new ArrayList<>();
        for (ComplaintCategory category : ComplaintCategory.values()) {
            for (ComplaintStatus status : ComplaintStatus.values()) {
                counts.add(new ComplaintCount(category, status,
                        found.getOrDefault(category, Map.of()).getOrDefault(status, 0L)));
            }
        }
        return counts;
    }

    /** Complaints filed on the days {@code from} to {@code to} (ISO dates such as 2026-10-01), both included. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ComplaintCounts days(String from, String to) {
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        if (last.isBefore(first)) {
            throw ProblemException.invalid("to", "วันสิ้นสุดต้องไม่ก่อนวันเริ่มต้น", "'to' must not be before 'from'");
        }
        return new ComplaintCounts(first, last, counts(first.atStartOfDay(REPORT_ZONE).toInstant(),
                last.plusDays(1).atStartOfDay(REPORT_ZONE).toInstant()));
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
