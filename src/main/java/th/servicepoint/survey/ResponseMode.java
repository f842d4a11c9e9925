package th.servicepoint.survey;

import th.servicepoint.common.ThaiLabelled;

/**
 * How a survey response came in. Reports count the modes apart, because only an invited answer is known to come from a
 * served citizen, once; answers from staff are reported apart from both.
 */
public enum ResponseMode implements ThaiLabelled {
    /** Through the one-time invitation of a served ticket: service, counter and clerk are known. */
    INVITED("ตอบหลังรับบริการ"),
    /**
     * Through a counter's poster QR: anyone may answer, limited only per client and interval, and only the counter is
     * known. Lower trust.
     */
    OPEN("ตอบผ่านโปสเตอร์ QR ที่ช่องบริการ"),
    /**
     * Not how an answer comes in but how reports count it: an answer marked {@link SurveyResponse#fromStaff} (sent from
     * a staff network or with staff credentials), whichever way it came. Never stored as a response's mode; kept out
     * of every citizen figure and reported as a row of its own.
     */
    STAFF("ตอบจากเครือข่ายหรือบัญชีเจ้าหน้าที่ (ไม่นับรวม)");

    private final String labelTh;

    ResponseMode(String labelTh) {
        this.labelTh = labelTh;
    }

    @Override
    public String labelTh() {
        return labelTh;
    }
}
