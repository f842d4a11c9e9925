package th.servicepoint.report;

/**
 * The mean of the indicator scores with its ITA grade band: the agency's own estimate of how its counters would fare
 * in the EIT, for planning. The survey mirrors EIT questions but is not the NACC's survey, so this is never an official
 * ITA score; {@code agencyEstimate} is always true and the note says so wherever the figure is shown.
 *
 * @param n the smallest n among the indicators
 */
public record ProjectedEit(long n, double score, GradeBand grade, boolean agencyEstimate, String noteTh,
        String noteEn) {

    static final String NOTE_TH = "ค่าประมาณการของหน่วยงานเอง จากแบบประเมินที่จุดบริการ ไม่ใช่คะแนน ITA อย่างเป็นทางการของ ป.ป.ช.";
    static final String NOTE_EN = "The agency's own estimate from its counter survey, not an official ITA score from the NACC.";

    static ProjectedEit of(long n, double score) {
        return new ProjectedEit(n, score, GradeBand.of(score), true, NOTE_TH, NOTE_EN);
    }
}
