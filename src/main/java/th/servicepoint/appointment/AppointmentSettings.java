package th.servicepoint.appointment;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Check-in windows and the caps against hoarding; defaults in application.properties. */
@ConfigMapping(prefix = "servicepoint.appointments")
public interface AppointmentSettings {

    /** How long before its slot an appointment may be checked in. */
    @WithDefault("PT30M")
    Duration earlyCheckIn();

    /** How long after its slot starts an appointment may still be checked in; later it is missed. */
    @WithDefault("PT15M")
    Duration grace();

    /** Active bookings (booked, slot not yet over) one device may hold. */
    @WithDefault("2")
    int maxActivePerDevice();

    /** Active bookings one contact may hold, across devices. */
    @WithDefault("2")
    int maxActivePerContact();
}
