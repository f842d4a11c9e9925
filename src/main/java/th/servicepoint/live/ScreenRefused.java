package th.servicepoint.live;

/** A screen's socket that cannot be opened as asked; it is closed with the reason's code. */
class ScreenRefused extends RuntimeException {

    private final ScreenClose reason;

    ScreenRefused(ScreenClose reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    ScreenClose reason() {
        return reason;
    }
}
