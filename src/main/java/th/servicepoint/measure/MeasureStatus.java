package th.servicepoint.measure;

/** Where a measure stands. DONE and DROPPED are final: the measure is then history, neither edited nor progressed. */
public enum MeasureStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    DROPPED;

    public boolean isFinal() {
        return this == DONE || this == DROPPED;
    }

    /** Staying put is a progress note without a change; a started measure is not planned again. */
    boolean canMoveTo(MeasureStatus next) {
        return !isFinal() && !(this == IN_PROGRESS && next == PLANNED);
    }
}
