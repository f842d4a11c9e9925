package th.servicepoint.common;

import java.util.Map;

import jakarta.validation.ConstraintViolation;

/** Thai wording for the Bean Validation constraints our request records use. */
final class ThaiValidationMessages {

    private static final Map<String, String> BY_CONSTRAINT = Map.of(
            "NotNull", "ต้องระบุ",
            "NotBlank", "ต้องระบุ ห้ามเว้นว่าง",
            "NotEmpty", "ต้องมีอย่างน้อยหนึ่งรายการ",
            "Size", "ความยาวไม่อยู่ในช่วงที่กำหนด",
            "Min", "ค่าน้อยเกินไป",
            "Max", "ค่ามากเกินไป",
            "Positive", "ต้องมากกว่าศูนย์",
            "PositiveOrZero", "ต้องไม่ติดลบ",
            "Pattern", "รูปแบบไม่ถูกต้อง",
            "PasswordPolicy", "รหัสผ่านต้องมีอย่างน้อย 8 ตัวอักษร และยาวไม่เกิน 72 ไบต์ (อักษรไทยหนึ่งตัวใช้ 3 ไบต์)");

    private ThaiValidationMessages() {
    }

    static String translate(ConstraintViolation<?> violation) {
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return BY_CONSTRAINT.getOrDefault(constraint, "ค่าไม่ถูกต้อง") + " (" + violation.getMessage() + ")";
    }
}
