package th.servicepoint.complaint;

import java.time.LocalDate;
import java.util.List;

/**
 * Complaints filed on the days from {@code from} to {@code to} (both included, Asia/Bangkok): every category the
 * caller may see (corruption for complaint officers only) with every status.
 */
public record ComplaintCounts(LocalDate from, LocalDate to, List<ComplaintCount> counts) {
}
