package th.servicepoint.survey;

/**
 * How a survey response came in. Reports count the two apart, because only an invited answer is known to come from a
 * served citizen, once.
 */
public enum ResponseMode {
    /** Through the one-time invitation of a served ticket: service, counter and clerk are known. */
    INVITED,
    /**
     * Through a counter's poster QR: anyone may answer, limited only per client and interval, and only the counter is
     * known. Lower trust.
     */
    OPEN
}
