package th.servicepoint.measure;

import th.servicepoint.common.ThaiLabelled;

/** Where a measure stands. DONE and DROPPED are final: the measure is then history, neither edited nor progressed. */
public enum MeasureStatus implements ThaiLabelled {
    PLANNED("วางแผนแล้ว"),
    IN_PROGRESS("อยู่ระหว่างดำเนินการ"),
    DONE("ดำเนินการแล้วเสร็จ"),
    DROPPED("ยกเลิก");

    private final String labelTh;

    MeasureStatus(String labelTh) {
        this.labelTh = labelTh;
    }

    @Override
    public String labelTh() {
        return labelTh;
    }

    public boolean isFinal() {
        return this == DONE || this == DROPPED;
    }

    /** Staying put is a progress note without a change; a started measure is not planned again. */
    boolean canMoveTo(MeasureStatus next) {
        return !isFinal() && !(this == IN_PROGRESS && next == PLANNED);
    }
}
