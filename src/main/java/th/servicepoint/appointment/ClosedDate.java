package th.servicepoint.appointment;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/**
 * One closed day as the administrator lists it. Whether a day and a Thai name are given, whether the day falls in
 * the year and is listed once are checked by {@link ClosedDays}, which names the row in its answer
 * ({@code days[3].nameTh}) so the admin screen can show the problem in that row.
 *
 * @param day the date (YYYY-MM-DD)
 * @param nameTh the holiday's Thai name (วันขึ้นปีใหม่, วันสงกรานต์ …)
 * @param nameEn its English name; may be empty
 */
public record ClosedDate(LocalDate day, @Size(max = 200) String nameTh, @Size(max = 200) String nameEn) {

    static ClosedDate of(ClosedDay day) {
        return new ClosedDate(day.day, day.nameTh, day.nameEn);
    }
}
