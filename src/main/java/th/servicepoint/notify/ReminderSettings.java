package th.servicepoint.notify;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * When an appointment's contact is reminded (servicepoint.notify.reminders.*). Defaults in application.properties.
 */
@ConfigMapping(prefix = "servicepoint.notify.reminders")
public interface ReminderSettings {

    /**
     * How long before the slot's start each reminder goes, longest first or in any order; a booking made later than
     * one of them gets only the shorter ones. Each SMS reminder is a paid message.
     */
    @WithDefault("P1D,PT2H")
    List<Duration> before();

    /** Reminders go only from this local time of the service point… */
    @WithDefault("07:00")
    LocalTime sendFrom();

    /**
     * …until this one: one due at night waits for the morning, if the appointment is still ahead then. Earlier than
     * {@link #sendFrom()}: the hours run past midnight.
     */
    @WithDefault("20:00")
    LocalTime sendUntil();

    /**
     * The channels that carry reminders (SMS for a mobile number, EMAIL for an address, LINE for who asked in the chat),
     * each when it is set up.
     */
    @WithDefault("SMS,EMAIL,LINE")
    Set<FollowerChannel> channels();

    /** Appointments reminded in one transaction. */
    @WithDefault("200")
    @Min(1)
    int batchSize();

    /** How often each instance looks for due reminders (a scheduler period; off: never); read by the schedule. */
    @WithDefault("1m")
    String every();
}
