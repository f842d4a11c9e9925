package th.servicepoint.complaint;

import java.time.LocalDate;
import java.util.List;

/** Complaints filed on the days from {@code from} to {@code to} (both included, Asia/Bangkok), every pair listed. */
public record ComplaintCounts(LocalDate from, LocalDate to, List<ComplaintCount> counts) {
}
