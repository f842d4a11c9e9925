package th.servicepoint.report.snapshot;

/**
 * What the cover memo template (templates/report/memo.html) shows: the memo's heading as its agency writes it and the
 * summary of the report it covers.
 *
 * @param reference ที่: the document number, or a blank line to write it in
 * @param dateTh the memo's date, e.g. 1 เมษายน 2569
 */
public record CoverMemoView(String agencyName, String office, String reference, String dateTh, String addressee,
        ReportSummary summary) {
}
