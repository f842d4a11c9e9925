package th.servicepoint.queue;

import th.servicepoint.common.ThaiLabelled;

public enum Priority implements ThaiLabelled {
    NORMAL("ทั่วไป"),
    ELDERLY("ผู้สูงอายุ"),
    DISABLED("ผู้พิการ"),
    PREGNANT("หญิงตั้งครรภ์"),
    MONK("พระภิกษุสงฆ์");

    private final String labelTh;

    Priority(String labelTh) {
        this.labelTh = labelTh;
    }

    @Override
    public String labelTh() {
        return labelTh;
    }
}
