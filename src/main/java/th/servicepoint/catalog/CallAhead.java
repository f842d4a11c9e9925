package th.servicepoint.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * When a citizen who follows their ticket (LINE, web push, SMS) is told their turn is near: once this many tickets
 * or fewer are ahead, or once the estimate is this many minutes or fewer, whichever comes first. Null turns that
 * measure off; both null, no call-ahead. Left out of a service form: {@link #DEFAULT}.
 */
public record CallAhead(@Min(0) @Max(50) Integer tickets, @Min(1) @Max(240) Integer minutes) {

    public static final CallAhead DEFAULT = new CallAhead(3, 15);
}
