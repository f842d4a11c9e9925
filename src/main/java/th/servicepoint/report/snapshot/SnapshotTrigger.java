package th.servicepoint.report.snapshot;

/** Why a report snapshot was taken. */
public enum SnapshotTrigger {
    /** The half-year schedule ({@link HalfYearRun}). */
    SCHEDULE,
    /** An executive or administrator asked for a regeneration. */
    MANUAL
}
