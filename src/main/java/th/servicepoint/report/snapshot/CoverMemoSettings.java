package th.servicepoint.report.snapshot;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The heading of the cover memo (บันทึกข้อความ) mailed with the report; defaults in application.properties. */
@ConfigMapping(prefix = "servicepoint.report.memo")
public interface CoverMemoSettings {

    /** The agency as the memo names it. */
    @WithDefault("องค์การบริหารส่วนจังหวัด")
    String agencyName();

    /** ส่วนราชการ: the office that sends the memo, with its telephone if wanted. */
    @WithDefault("สำนักปลัดองค์การบริหารส่วนจังหวัด")
    String office();

    /** ที่: the document number prefix; unset leaves the line for the number to be written in. */
    Optional<String> reference();

    /** เรียน: the executive the memo is addressed to. */
    @WithDefault("นายกองค์การบริหารส่วนจังหวัด")
    String addressee();
}
