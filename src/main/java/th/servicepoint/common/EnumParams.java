package th.servicepoint.common;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Query parameters naming an enum constant. JAX-RS answers an unconvertible query parameter with 404, which tells a
 * person nothing; this gives a 422 that lists the allowed values.
 */
public final class EnumParams {

    private EnumParams() {
    }

    /** The constant named {@code value}, or null when the parameter is absent or empty (no filter). */
    public static <E extends Enum<E>> E optional(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value.strip()))
                .findFirst().orElseThrow(() -> {
                    String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name)
                            .collect(Collectors.joining(", "));
                    return ProblemException.invalid(field, "ค่า '" + value + "' ใช้ไม่ได้ ค่าที่ใช้ได้: " + allowed,
                            "'" + value + "' is not allowed here; allowed: " + allowed);
                });
    }
}
