package th.servicepoint.report.aggregate;

import java.util.List;

/**
 * The appointments of a period (issue 19): what became of the appointments whose slot starts in it, how soon after its
 * slot's start a kept appointment was called, and whether walk-ins waited longer on the days a service also called
 * appointments. Per service and in total, for one service point or the agency; {@code services} is empty when the
 * period had no appointment. Minutes are not rounded (the renderer rounds); a median or share over nothing is null.
 * Definitions: docs/report-method.md, "Appointments".
 */
public record AppointmentReport(Figures total, List<ServiceFigures> services) {

    /** Whether the period had any appointment to report. */
    public boolean any() {
        return !services.isEmpty();
    }

    /** The figures of one service at its service point. */
    public record ServiceFigures(long serviceId, String servicePointCode, String prefix, String nameTh, String nameEn,
            Figures figures) {
    }

    public record Figures(Outcomes outcomes, Punctuality punctuality, WalkInWaits walkIns) {
    }

    /**
     * Appointments booked for a slot in the period, by what became of them; they add up to {@code booked}.
     *
     * @param missed marked no-show, or still booked when their slot had ended: nobody marked them, nobody came
     * @param upcoming still booked, their slot not over when the report was made
     * @param keptPercent kept among those kept or missed (cancelled and upcoming ones had no chance to be either)
     */
    public record Outcomes(long booked, long kept, long cancelled, long missed, long upcoming, Double keptPercent) {
    }

    /**
     * Kept appointments whose ticket was called, over {@code n}: minutes from the slot's start to the call, 0 when
     * called at or before it.
     */
    public record Punctuality(long n, Double medianMinutes, Double p90Minutes, long withinTen,
            Double withinTenPercent) {
    }

    /**
     * The waits (arrival to call) of called walk-in tickets of the services that had appointment tickets in the
     * period, on their service-days with appointment tickets and on those without.
     */
    public record WalkInWaits(Waits withAppointments, Waits withoutAppointments) {
    }

    /** A median wait in minutes over {@code n} tickets. */
    public record Waits(long n, Double medianMinutes) {
    }
}
