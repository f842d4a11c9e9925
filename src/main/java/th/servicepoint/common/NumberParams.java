package th.servicepoint.common;

/**
 * Query parameters holding a whole number. JAX-RS answers an unconvertible query parameter with 404, which tells a
 * person nothing; this gives a 422 naming the parameter.
 */
public final class NumberParams {

    private NumberParams() {
    }

    /** The number, or null when the parameter is absent or empty (no filter). */
    public static Integer optional(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "'" + value + "' ไม่ใช่ตัวเลขจำนวนเต็ม",
                    "'" + value + "' is not a whole number");
        }
    }
}
