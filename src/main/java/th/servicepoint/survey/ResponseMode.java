package th.servicepoint.survey;

import th.servicepoint.common.ThaiLabelled;

/**
 * How a survey response came in. Reports count the two apart, because only an invited answer is known to come from a
 * served citizen, once.
 */
public enum ResponseMode implements ThaiLabelled {
    /** Through the one-time invitation of a served ticket: service, counter and clerk are known. */
    INVITED("ตอบหลังรับบริการ"),
    /**
     * Through a counter's poster QR: anyone may answer, limited only per client and interval, and only the counter is
     * known. Lower trust.
     */
    OPEN("ตอบผ่านโปสเตอร์ QR ที่ช่องบริการ");

    private final String labelTh;

    ResponseMode(String labelTh) {
        this.labelTh = labelTh;
    }

    @Override
    public String labelTh() {
        return labelTh;
    }
}
