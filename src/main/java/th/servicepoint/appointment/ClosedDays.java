package th.servicepoint.appointment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import th.servicepoint.agency.Agencies;
import th.servicepoint.agency.Agency;
import th.servicepoint.audit.AuditTrail;
import th.servicepoint.common.FieldProblem;
import th.servicepoint.common.ProblemException;

/**
 * The agency's closed days (Thai public holidays), which its administrator lists a year at a time. Row-level security
 * keeps each agency to its own rows. A day closed after citizens booked it keeps their bookings: staff tell them.
 */
@ApplicationScoped
public class ClosedDays {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2200;
    /** Thailand has about twenty public holidays a year; room for substitutes and local days. */
    static final int MAX_PER_YEAR = 100;

    private final AuditTrail audit;

    ClosedDays(AuditTrail audit) {
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ClosedDaysOfYear list(int year) {
        return new ClosedDaysOfYear(year, ofYear(year).stream().map(ClosedDate::of).toList());
    }

    /**
     * The year's list becomes exactly the days given: days kept are renamed in place, others added or removed, and
     * the audit row names what was added and removed. Two administrators saving at once are taken one after the other
     * (the agency's row is locked), the later list winning, as with any form saved twice.
     */
    @Transactional
    public ClosedDaysOfYear replace(ClosedDaysOfYear list) {
        int year = list.year();
        requireUsable(year, list.days());
        Agency agency = Agencies.ofScope();
        Agency.getEntityManager().lock(agency, LockModeType.PESSIMISTIC_WRITE);
        Map<LocalDate, ClosedDay> stored = new LinkedHashMap<>();
        ofYear(year).forEach(day -> stored.put(day.day, day));
        Set<LocalDate> added = new TreeSet<>();
        for (ClosedDate given : list.days()) {
            ClosedDay day = stored.remove(given.day());
            if (day == null) {
                day = new ClosedDay();
                day.day = given.day();
                added.add(given.day());
            }
            day.nameTh = given.nameTh().strip();
            day.nameEn = given.nameEn() == null ? "" : given.nameEn().strip();
            day.persist();
        }
        stored.values().forEach(ClosedDay::delete);
        audit.admin("CLOSED_DAYS", null, year + ": " + list.days().size() + " closed days" + listed("added", added)
                + listed("removed", new TreeSet<>(stored.keySet())));
        return list(year);
    }

    private static List<ClosedDay> ofYear(int year) {
        return ClosedDay.list("day >= ?1 and day < ?2", Sort.by("day"), LocalDate.of(year, 1, 1),
                LocalDate.of(year + 1, 1, 1));
    }

    /** Every row's problem at once, named by its place in the list, so the screen shows each in its row. */
    private static void requireUsable(int year, List<ClosedDate> days) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            ClosedDate day = days.get(i);
            String row = "days[" + i + "].";
            if (day.day() == null) {
                problems.add(new FieldProblem(row + "day", "กรุณาระบุวันที่", "Give the date"));
            } else if (day.day().getYear() != year) {
                problems.add(new FieldProblem(row + "day", "วันที่นี้ไม่อยู่ในปี ค.ศ. " + year + " (พ.ศ. " + (year + 543)
                        + ") ที่กำลังบันทึก", "This date is not in " + year + ", the year being saved"));
            } else if (!seen.add(day.day())) {
                problems.add(new FieldProblem(row + "day", "วันที่ " + day.day() + " อยู่ในรายการแล้ว",
                        day.day() + " is listed twice"));
            }
            if (day.nameTh() == null || day.nameTh().isBlank()) {
                problems.add(new FieldProblem(row + "nameTh", "กรุณาระบุชื่อวันหยุดภาษาไทย",
                        "Give the holiday's Thai name"));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }

    private static String listed(String what, Set<LocalDate> days) {
        return days.isEmpty() ? "" : "; " + what + " " + String.join(", ", days.stream().map(String::valueOf).toList());
    }
}
