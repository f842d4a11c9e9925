package th.servicepoint.complaint;

import th.servicepoint.common.ThaiLabelled;

/** What a complaint is about; CORRUPTION is the confidential channel only complaint officers see. */
public enum ComplaintCategory implements ThaiLabelled {
    GENERAL("เรื่องทั่วไป"),
    /** Discrimination or favouritism at a counter. */
    UNFAIR_SERVICE("การให้บริการไม่เป็นธรรมหรือเลือกปฏิบัติ"),
    CORRUPTION("การทุจริตและประพฤติมิชอบ");

    private final String labelTh;

    ComplaintCategory(String labelTh) {
        this.labelTh = labelTh;
    }

    @Override
    public String labelTh() {
        return labelTh;
    }
}
