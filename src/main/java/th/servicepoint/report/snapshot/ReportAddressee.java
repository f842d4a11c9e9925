package th.servicepoint.report.snapshot;

import java.util.List;
import java.util.Optional;

/**
 * An agency whose half-year report is made and mailed in its own scope: who gets the mail, and how the cover memo
 * heads it.
 *
 * @param memoAgency the agency as the memo names it
 * @param office ส่วนราชการ: the office that sends the memo
 * @param reference ที่: the document number prefix, when the agency has one configured
 * @param addressee เรียน: the executive the memo and the mail are addressed to
 * @param recipients the mail's addresses; none: the report is kept and published but not mailed
 */
record ReportAddressee(long agency, String nameTh, String nameEn, String memoAgency, String office,
        Optional<String> reference, String addressee, List<String> recipients) {
}
