package th.servicepoint.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

/** Dates as a person reads them in a report: Thai month abbreviations with the Buddhist-Era year, or English with CE. */
public final class ThaiDates {

    /** Where the agency's days begin and end. */
    public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    /** Buddhist Era = Common Era + 543. */
    public static final int BE_OFFSET = 543;

    private static final String[] MONTHS_TH = { "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.",
            "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค." };
    private static final String[] MONTHS_TH_FULL = { "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม",
            "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม" };
    private static final String[] MONTHS_EN = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec" };

    private ThaiDates() {
    }

    /** 1 ต.ค. 2568 */
    public static String thai(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS_TH[date.getMonthValue() - 1] + " " + (date.getYear() + BE_OFFSET);
    }

    /** 1 ตุลาคม 2568, as an official memo (บันทึกข้อความ) is dated */
    public static String thaiFull(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS_TH_FULL[date.getMonthValue() - 1] + " "
                + (date.getYear() + BE_OFFSET);
    }

    /** 1 ต.ค. 2568 14:05 น., in Bangkok whatever the server's zone */
    public static String thaiTime(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, BANGKOK);
        return thai(local.toLocalDate()) + String.format(Locale.ROOT, " %02d:%02d น.", local.getHour(), local.getMinute());
    }

    /** 1 Oct 2025 */
    public static String english(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS_EN[date.getMonthValue() - 1] + " " + date.getYear();
    }
}
