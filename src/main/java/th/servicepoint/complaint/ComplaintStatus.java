package th.servicepoint.complaint;

import java.util.Set;

import th.servicepoint.common.ThaiLabelled;

/** Where a complaint stands; it only moves forward, so a citizen never sees a closed complaint reopen. */
public enum ComplaintStatus implements ThaiLabelled {
    RECEIVED("รับเรื่องแล้ว"),
    IN_PROGRESS("อยู่ระหว่างดำเนินการ"),
    CLOSED("ดำเนินการเสร็จสิ้น");

    private final String labelTh;

    ComplaintStatus(String labelTh) {
        this.labelTh = labelTh;
    }

    @Override
    public String labelTh() {
        return labelTh;
    }

    public boolean canMoveTo(ComplaintStatus next) {
        return switch (this) {
            case RECEIVED -> Set.of(IN_PROGRESS, CLOSED).contains(next);
            case IN_PROGRESS -> next == CLOSED;
            case CLOSED -> false;
        };
    }
}
