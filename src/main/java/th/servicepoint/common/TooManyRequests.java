package th.servicepoint.common;

/** A 429: the client must wait {@link #retryAfter()} seconds, which the response also says in Retry-After. */
public class TooManyRequests extends RetryLater {

    public TooManyRequests(long retryAfter, String code, String messageTh, String messageEn) {
        super(429, retryAfter, code, messageTh, messageEn);
    }
}
