package th.servicepoint.measure;

import th.servicepoint.common.EnumParams;
import th.servicepoint.common.NumberParams;
import th.servicepoint.common.ProblemException;

/**
 * The filters of the measure list, each optional: a fiscal year (BE) alone takes all its measures, with a half only
 * that half's; a service point code; a questionnaire item code; a status.
 */
public record MeasureQuery(Integer fiscalYear, Integer half, String servicePoint, String item, MeasureStatus status) {

    /** From query parameters as typed; a value that is not a whole number or a status is a 422 naming the parameter. */
    static MeasureQuery parse(String fiscalYear, String half, String servicePoint, String item, String status) {
        MeasureQuery query = new MeasureQuery(NumberParams.optional("fiscalYear", fiscalYear),
                NumberParams.optional("half", half),
                blankToNull(servicePoint), blankToNull(item), EnumParams.optional(MeasureStatus.class, "status", status));
        if (query.half() != null && query.fiscalYear() == null) {
            throw ProblemException.invalid("fiscalYear", "ระบุปีงบประมาณคู่กับรอบ", "Give the fiscal year with the half");
        }
        return query;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
