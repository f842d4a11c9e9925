package th.servicepoint.common;

import java.util.Map;

import jakarta.validation.ConstraintViolation;

/** Thai wording for the Bean Validation constraints our request records use. */
final class ThaiValidationMessages {

    private static final Map<String, String> BY_CONSTRAINT = Map.ofEntries(
            Map.entry("NotNull", "ต้องระบุ"),
            Map.entry("NotBlank", "ต้องระบุ ห้ามเว้นว่าง"),
            Map.entry("NotEmpty", "ต้องมีอย่างน้อยหนึ่งรายการ"),
            Map.entry("Size", "ความยาวไม่อยู่ในช่วงที่กำหนด"),
            Map.entry("Min", "ค่าน้อยเกินไป"),
            Map.entry("Max", "ค่ามากเกินไป"),
            Map.entry("Positive", "ต้องมากกว่าศูนย์"),
            Map.entry("PositiveOrZero", "ต้องไม่ติดลบ"),
            Map.entry("Pattern", "รูปแบบไม่ถูกต้อง"),
            Map.entry("PasswordPolicy",
                    "รหัสผ่านต้องมีอย่างน้อย 8 ตัวอักษร และยาวไม่เกิน 72 ไบต์ (อักษรไทยหนึ่งตัวใช้ 3 ไบต์)"),
            Map.entry("Email", "ที่อยู่อีเมลไม่ถูกต้อง ใช้รูปแบบเช่น palad@agency.go.th"));

    private ThaiValidationMessages() {
    }

    static String translate(ConstraintViolation<?> violation) {
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return BY_CONSTRAINT.getOrDefault(constraint, "ค่าไม่ถูกต้อง") + " (" + violation.getMessage() + ")";
    }
}
