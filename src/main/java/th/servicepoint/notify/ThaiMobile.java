package th.servicepoint.notify;

import java.util.regex.Pattern;

import th.servicepoint.common.ProblemException;

/**
 * A Thai mobile number, as a citizen types it: 10 digits starting 06, 08 or 09 (0812345678), or the same after +66 or
 * 66 without its 0 (+66 81 234 5678). Spaces, dashes, dots and brackets are ignored, Thai digits read as digits.
 * Landlines (02…, 05…) and anything else are refused: a message to them is paid for and never read.
 *
 * @param national the 9 digits after the country code (812345678)
 */
public record ThaiMobile(String national) {

    private static final Pattern NATIONAL = Pattern.compile("[689]\\d{8}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()\\u00a0]");
    static final String FIELD = "phone";

    public ThaiMobile {
        if (!NATIONAL.matcher(national).matches()) {
            throw new IllegalArgumentException("not the 9 national digits of a Thai mobile number");
        }
    }

    /** The number typed, or 422 INVALID on the field {@code phone} with what to type instead. */
    public static ThaiMobile parse(String typed) {
        if (typed == null || typed.isBlank()) {
            throw ProblemException.invalid(FIELD, "กรุณาใส่หมายเลขโทรศัพท์มือถือ 10 หลัก เช่น 0812345678",
                    "Enter your 10-digit mobile number, e.g. 0812345678");
        }
        String digits = SEPARATORS.matcher(thaiDigitsAsAscii(typed.strip())).replaceAll("");
        String national = null;
        if (digits.startsWith("+66")) {
            national = digits.substring(3);
        } else if (digits.startsWith("66") && digits.length() == 11) {
            national = digits.substring(2);
        } else if (digits.startsWith("0") && digits.length() == 10) {
            national = digits.substring(1);
        }
        // +66 0812345678: the 0 kept after the country code, as people often write it
        if (national != null && national.length() == 10 && national.startsWith("0")) {
            national = national.substring(1);
        }
        if (national == null || !NATIONAL.matcher(national).matches()) {
            throw ProblemException.invalid(FIELD,
                    "หมายเลขนี้ไม่ใช่เบอร์โทรศัพท์มือถือของไทย กรุณาใส่ 10 หลักที่ขึ้นต้นด้วย 06 08 หรือ 09 เช่น 0812345678"
                            + " (ส่ง SMS ไปยังโทรศัพท์บ้านหรือเบอร์ต่างประเทศไม่ได้)",
                    "This is not a Thai mobile number: enter the 10 digits starting with 06, 08 or 09, e.g. "
                            + "0812345678 (no landlines or numbers abroad)");
        }
        return new ThaiMobile(national);
    }

    /** The stored form, +66812345678: one spelling per number, so its hash is one too. */
    public static ThaiMobile ofE164(String e164) {
        if (!e164.startsWith("+66")) {
            throw new IllegalArgumentException("not a stored Thai mobile number");
        }
        return new ThaiMobile(e164.substring(3));
    }

    public String e164() {
        return "+66" + national;
    }

    public String local() {
        return "0" + national;
    }

    public String international() {
        return "66" + national;
    }

    /** As the gateway wants it. */
    public String format(SmsSettings.PhoneFormat format) {
        return switch (format) {
            case LOCAL -> local();
            case INTERNATIONAL -> international();
            case E164 -> e164();
        };
    }

    /**
     * What the ticket page shows of the number it will text: the last three digits, enough for the owner to see it is
     * theirs, too few for whoever else sees the page to learn it.
     */
    public String masked() {
        return "0••-•••-•" + national.substring(6);
    }

    private static String thaiDigitsAsAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(c >= '๐' && c <= '๙' ? '0' + (c - '๐') : c));
        return out.toString();
    }

    @Override
    public String toString() {
        // a number in a log line or an exception message would outlive its purge: only ever the masked form
        return masked();
    }
}
