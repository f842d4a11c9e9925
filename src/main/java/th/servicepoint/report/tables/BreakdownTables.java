package th.servicepoint.report.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import th.servicepoint.report.aggregate.ExecutiveReport.Breakdowns;
import th.servicepoint.report.aggregate.ExecutiveReport.Cell;
import th.servicepoint.report.aggregate.ExecutiveReport.Eit;
import th.servicepoint.report.aggregate.ExecutiveReport.Row;

/**
 * One sheet per breakdown (service, counter, division, clerk, mode): the row's projected EIT and rank, then one column
 * per question in questionnaire order. The clerk sheet exists only in the executives' version.
 */
final class BreakdownTables {

    private final List<String> questionCodes;

    BreakdownTables(List<String> questionCodes) {
        this.questionCodes = questionCodes;
    }

    List<ReportTable> of(Breakdowns breakdowns) {
        List<ReportTable> tables = new ArrayList<>();
        tables.add(table("รายงานบริการ", "งานบริการ (Service)", breakdowns.services()));
        tables.add(table("รายช่องบริการ", "ช่องบริการ (Counter)", breakdowns.counters()));
        tables.add(table("รายกอง", "กอง/สำนัก (Division)", breakdowns.divisions()));
        if (breakdowns.clerks() != null) {
            tables.add(table("รายเจ้าหน้าที่", "เจ้าหน้าที่ (Clerk)", breakdowns.clerks()));
        }
        tables.add(table("รายช่องทางการตอบ", "ช่องทาง (Mode)", breakdowns.modes()));
        return tables;
    }

    private ReportTable table(String name, String keyHeading, List<Row> rows) {
        List<String> headings = new ArrayList<>(List.of(keyHeading, "จุดบริการ", "ชื่อ", "Name", "n", "อันดับ (Rank)",
                "EIT คาดการณ์ (Projected)", "เกรด (Grade)", "หมายเหตุ"));
        headings.addAll(questionCodes);
        return new ReportTable(name, headings, rows.stream().map(this::row).toList());
    }

    private List<Object> row(Row row) {
        Eit eit = row.projectedEit();
        List<Object> values = new ArrayList<>(Cells.row(row.key(), row.servicePointCode(), row.nameTh(), row.nameEn(),
                row.n(), row.rank(), eit == null ? null : Cells.score(eit.score()),
                eit == null || eit.grade() == null ? null : eit.grade().name(), row.noteTh()));
        Map<String, Cell> cells = row.questions().stream().collect(Collectors.toMap(Cell::code, Function.identity()));
        for (String code : questionCodes) {
            Cell cell = cells.get(code);
            values.add(cell == null ? null : Cells.score(cell.score()));
        }
        return values;
    }
}
