package th.servicepoint.complaint;

/** What a complaint is about; CORRUPTION is the confidential channel only complaint officers see. */
public enum ComplaintCategory {
    GENERAL,
    /** Discrimination or favouritism at a counter. */
    UNFAIR_SERVICE,
    CORRUPTION
}
