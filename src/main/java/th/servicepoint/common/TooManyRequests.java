package th.servicepoint.common;

/** A 429: the client must wait {@link #retryAfter()} seconds, which the response also says in Retry-After. */
public class TooManyRequests extends ProblemException {

    private final long retryAfter;

    public TooManyRequests(long retryAfter, String code, String messageTh, String messageEn) {
        super(429, code, messageTh, messageEn);
        this.retryAfter = retryAfter;
    }

    /** Seconds until the client may try again. */
    public long retryAfter() {
        return retryAfter;
    }
}
