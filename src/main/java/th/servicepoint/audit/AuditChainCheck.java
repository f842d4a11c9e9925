package th.servicepoint.audit;

import java.time.Instant;

/**
 * What the audit chain check found: either every row verifies, or the first place where the chain breaks.
 *
 * @param intact true when every row is linked, in order, and matches its hash
 * @param rows the rows verified before the first break (all of them when intact)
 * @param lastPosition the position of the chain's last link; write it down with {@code lastHash} somewhere outside
 *        the database, to detect later a rewrite of the chain up to there or rows cut off its end
 * @param lastHash the hex SHA-256 of the last link; null before the first audit row
 * @param firstBreak null when intact
 */
public record AuditChainCheck(boolean intact, long rows, long lastPosition, String lastHash, Instant checkedAt,
        Break firstBreak, String messageTh, String message) {

    /**
     * The first row where the chain breaks.
     *
     * @param rowId the audit row's id
     * @param position its place in the chain; null for a row that is not in the chain at all
     * @param at when the row says it was written; null for a row that is gone
     * @param problem what is wrong, in English; {@code problemTh} in Thai
     */
    public record Break(Long rowId, Long position, Instant at, String problemTh, String problem) {
    }

    static AuditChainCheck intact(long rows, long lastPosition, String lastHash, Instant checkedAt) {
        return new AuditChainCheck(true, rows, lastPosition, lastHash, checkedAt, null,
                "บันทึกการใช้งานทั้ง " + rows + " แถวตรงกับสายแฮช ไม่มีแถวใดถูกแก้ไข ลบ หรือแทรก"
                        + " (เทียบลิงก์สุดท้ายกับที่จดไว้ก่อนหน้า เพื่อดูว่าไม่มีแถวท้ายสายถูกตัดออก)",
                "All " + rows + " audit rows verify: none was changed, removed or inserted"
                        + " (compare the last link with one recorded earlier to see that none was cut off the end)");
    }

    static AuditChainCheck broken(long rows, long lastPosition, String lastHash, Instant checkedAt, Break at) {
        String where = at.rowId() == null ? "" : " row " + at.rowId();
        return new AuditChainCheck(false, rows, lastPosition, lastHash, checkedAt, at,
                "บันทึกการใช้งานถูกแก้ไข:" + (at.rowId() == null ? "" : " แถว " + at.rowId()) + " " + at.problemTh(),
                "The audit trail was tampered with at" + where + ": " + at.problem());
    }
}
