package th.servicepoint.common;

/**
 * A refusal the client may try again after {@link #retryAfter()} seconds: too many requests (429), or the service
 * briefly unable to answer (503). The response says so in Retry-After too.
 */
public class RetryLater extends ProblemException {

    private final long retryAfter;

    public RetryLater(int status, long retryAfter, String code, String messageTh, String messageEn) {
        super(status, code, messageTh, messageEn);
        this.retryAfter = retryAfter;
    }

    /** Seconds until the client may try again. */
    public long retryAfter() {
        return retryAfter;
    }
}
