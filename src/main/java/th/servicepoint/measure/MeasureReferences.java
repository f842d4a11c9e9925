package th.servicepoint.measure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import th.servicepoint.common.FieldProblem;
import th.servicepoint.common.FiscalYear;
import th.servicepoint.common.ProblemException;
import th.servicepoint.common.ReportPeriod;
import th.servicepoint.site.Division;
import th.servicepoint.site.DivisionAdmin;
import th.servicepoint.site.ServicePoint;
import th.servicepoint.site.ServicePointAdmin;
import th.servicepoint.survey.QuestionnaireAdmin;

/**
 * Turns what a request names (a period, a service point code, item codes, a division code) into what it means, through
 * the services of the features that own them. Every wrong field is reported in one 422.
 */
@ApplicationScoped
class MeasureReferences {

    /** What a new measure names, resolved; {@code servicePoint} is null for the whole agency. */
    record Scope(ReportPeriod period, ServicePoint servicePoint, List<String> items, Division division) {
    }

    private final ServicePointAdmin servicePoints;
    private final DivisionAdmin divisions;
    private final QuestionnaireAdmin questionnaires;

    MeasureReferences(ServicePointAdmin servicePoints, DivisionAdmin divisions, QuestionnaireAdmin questionnaires) {
        this.servicePoints = servicePoints;
        this.divisions = divisions;
        this.questionnaires = questionnaires;
    }

    Scope of(NewMeasure form) {
        List<FieldProblem> problems = new ArrayList<>();
        ReportPeriod period = collect(problems, () -> period(form.fiscalYear(), form.half()));
        ServicePoint servicePoint = collect(problems, () -> servicePoint(form.servicePoint()));
        List<String> items = collect(problems, () -> items("items", form.items()));
        Division division = collect(problems, () -> division(form.plan()));
        requireValid(problems);
        return new Scope(period, servicePoint, items, division);
    }

    /** The responsible division of a plan, or null when it names units in text only. */
    Division division(MeasurePlan plan) {
        if (blank(plan.division())) {
            if (blank(plan.responsible())) {
                throw ProblemException.invalid("responsible",
                        "ระบุผู้รับผิดชอบ: รหัสสำนัก/กอง (division) หรือข้อความ เช่น ทุกส่วนราชการที่มีงานให้บริการ",
                        "Name who is responsible: a division code, or a text such as 'every division serving the public'");
            }
            return null;
        }
        return divisions.byCode("division", plan.division().strip());
    }

    /** Half 1 or 2 of the fiscal year, or its 12-month report when there is no half. */
    static ReportPeriod period(int fiscalYear, Integer half) {
        FiscalYear year = FiscalYear.of(fiscalYear);
        return half == null ? ReportPeriod.year(year) : ReportPeriod.half(year, half);
    }

    /** The service point with this code; null (the whole agency) for none. */
    ServicePoint servicePoint(String code) {
        if (blank(code)) {
            return null;
        }
        return servicePoints.find(code.strip()).orElseThrow(() -> ProblemException.invalid("servicePoint",
                "ไม่มีจุดบริการรหัส '" + code + "' (ไม่ระบุ = ทั้งหน่วยงาน)",
                "There is no service point '" + code + "' (leave it out for the whole agency)"));
    }

    /** The codes as given, once each, when some questionnaire version asks every one of them. */
    List<String> items(String field, List<String> codes) {
        List<String> known = questionnaires.itemCodes();
        List<String> unknown = new ArrayList<>();
        LinkedHashSet<String> items = new LinkedHashSet<>();
        for (String code : codes) {
            (known.contains(code.strip()) ? items : unknown).add(code.strip());
        }
        if (!unknown.isEmpty()) {
            String list = String.join(", ", known);
            throw ProblemException.invalid(field,
                    "ไม่มีข้อคำถามรหัส " + String.join(", ", unknown) + " ในแบบประเมินฉบับใด รหัสที่มี: " + list,
                    "No questionnaire version has the item " + String.join(", ", unknown) + "; known codes: " + list);
        }
        return List.copyOf(items);
    }

    private static void requireValid(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }

    /** Runs one look-up, keeping its field problems to report with the others'. */
    private static <T> T collect(List<FieldProblem> problems, Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (ProblemException e) {
            if (e.status() != 422) {
                throw e;
            }
            problems.addAll(e.fieldProblems());
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
