package th.servicepoint.site;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a service point takes citizens: from {@code opens} to {@code closes} (exclusive) on its open days, in its own
 * time zone. Every service point has at least one open day (the admin form requires it).
 */
public record OpeningHours(ZoneId zone, LocalTime opens, LocalTime closes, Set<DayOfWeek> days) {

    /** From the stored columns: open days as MON,TUE,… */
    public static OpeningHours of(String zone, LocalTime opens, LocalTime closes, String openDays) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(openDays.split(",")).map(String::strip).filter(d -> !d.isEmpty())
                .forEach(d -> days.add(Arrays.stream(DayOfWeek.values()).filter(w -> w.name().startsWith(d))
                        .findFirst().orElseThrow(() -> new IllegalArgumentException("Unknown open day " + d))));
        return new OpeningHours(ZoneId.of(zone), opens, closes, days);
    }

    public boolean isOpen(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        return days.contains(local.getDayOfWeek()) && !time.isBefore(opens) && time.isBefore(closes);
    }

    /** The next time the doors open after {@code at} (today's opening if it is still to come); null with no open day. */
    public Instant nextOpening(Instant at) {
        LocalDate today = at.atZone(zone).toLocalDate();
        for (int ahead = 0; ahead <= 7; ahead++) {
            LocalDate day = today.plusDays(ahead);
            Instant opening = day.atTime(opens).atZone(zone).toInstant();
            if (days.contains(day.getDayOfWeek()) && opening.isAfter(at)) {
                return opening;
            }
        }
        return null;
    }
}
