package th.servicepoint.complaint;

import java.util.Set;

/** Where a complaint stands; it only moves forward, so a citizen never sees a closed complaint reopen. */
public enum ComplaintStatus {
    RECEIVED,
    IN_PROGRESS,
    CLOSED;

    public boolean canMoveTo(ComplaintStatus next) {
        return switch (this) {
            case RECEIVED -> Set.of(IN_PROGRESS, CLOSED).contains(next);
            case IN_PROGRESS -> next == CLOSED;
            case CLOSED -> false;
        };
    }
}
