package th.servicepoint.common;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of every error response (RFC 9457 problem details, with Thai next to English). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String code, String detail, String detailTh,
        List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String INVALID_TH = "ข้อมูลไม่ถูกต้อง กรุณาตรวจสอบช่องที่ระบุ";
    static final String INVALID_EN = "Some fields are invalid; see errors";

    public static Problem of(int status, String code, String detailTh, String detail, List<FieldProblem> errors) {
        return new Problem("https://servicepoint.th/problems/" + code.toLowerCase().replace('_', '-'),
                titleOf(status), status, code, detail, detailTh, errors);
    }

    /** 422 INVALID: each field that cannot be used, with what it takes. */
    public static Problem invalid(List<FieldProblem> errors) {
        return of(422, "INVALID", INVALID_TH, INVALID_EN, errors);
    }

    private static String titleOf(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Sign-in required";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 408 -> "Request timeout";
            case 409 -> "Conflict with the current state";
            case 410 -> "Gone";
            case 415 -> "Unsupported media type";
            case 422 -> "Invalid input";
            case 429 -> "Too many requests";
            case 503 -> "Service unavailable";
            default -> status >= 500 ? "Server error" : "Request refused";
        };
    }
}
