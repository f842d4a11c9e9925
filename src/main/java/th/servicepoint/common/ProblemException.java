package th.servicepoint.common;

import java.util.List;

/**
 * A request the service refuses, with a message in Thai and English that tells the person what to do. Rendered as
 * {@code application/problem+json} by {@link ProblemMappers}.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String messageTh;
    private final List<FieldProblem> fieldProblems;

    public ProblemException(int status, String code, String messageTh, String messageEn) {
        this(status, code, messageTh, messageEn, List.of());
    }

    public ProblemException(int status, String code, String messageTh, String messageEn,
            List<FieldProblem> fieldProblems) {
        super(messageEn, null, false, false);
        this.status = status;
        this.code = code;
        this.messageTh = messageTh;
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public static ProblemException notFound(String what, String whatTh, Object id) {
        return new ProblemException(404, "NOT_FOUND", "ไม่พบ" + whatTh + " " + id, what + " " + id + " was not found");
    }

    public static ProblemException conflict(String code, String messageTh, String messageEn) {
        return new ProblemException(409, code, messageTh, messageEn);
    }

    public static ProblemException invalid(String field, String messageTh, String messageEn) {
        return new ProblemException(422, "INVALID", messageTh, messageEn,
                List.of(new FieldProblem(field, messageTh, messageEn)));
    }

    /** 422 INVALID naming every field that cannot be used. */
    public static ProblemException invalid(List<FieldProblem> problems) {
        return new ProblemException(422, "INVALID", Problem.INVALID_TH, Problem.INVALID_EN, problems);
    }

    public static ProblemException forbidden(String messageTh, String messageEn) {
        return new ProblemException(403, "FORBIDDEN", messageTh, messageEn);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String messageTh() {
        return messageTh;
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}
