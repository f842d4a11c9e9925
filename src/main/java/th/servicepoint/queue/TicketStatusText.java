package th.servicepoint.queue;

/** Thai names of ticket states, for messages a clerk reads. */
public final class TicketStatusText {

    private TicketStatusText() {
    }

    public static String thai(TicketStatus status) {
        return switch (status) {
            case WAITING -> "รอเรียก";
            case CALLED -> "เรียกแล้ว";
            case SERVING -> "กำลังให้บริการ";
            case DONE -> "ให้บริการเสร็จแล้ว";
            case NO_SHOW -> "ไม่มาแสดงตน";
            case CANCELLED -> "ยกเลิกแล้ว";
        };
    }
}
