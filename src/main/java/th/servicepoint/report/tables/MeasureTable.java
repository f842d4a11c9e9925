package th.servicepoint.report.tables;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import th.servicepoint.common.ThaiDates;
import th.servicepoint.measure.MeasureView;
import th.servicepoint.report.aggregate.ExecutiveReport.MeasureEntry;
import th.servicepoint.report.aggregate.ExecutiveReport.MeasuredItem;

/**
 * The measures register as the seed's section 6 lays it out (มาตรการ | ขั้นตอนหรือวิธีการ | ผู้รับผิดชอบ |
 * การกำกับติดตาม), with where each measure stands and how its items score now. Several steps, notes or items share a
 * cell, one per line, so a measure stays one row.
 */
final class MeasureTable {

    private MeasureTable() {
    }

    /** A report stored before the register existed has no measures: the sheet is there, empty. */
    static ReportTable of(List<MeasureEntry> measures) {
        List<List<Object>> rows = measures == null ? List.of() : measures.stream().map(MeasureTable::row).toList();
        return new ReportTable("มาตรการ",
                List.of("มาตรการ", "ขั้นตอนหรือวิธีการ", "ผู้รับผิดชอบ", "การกำกับติดตาม", "กำหนดเสร็จ", "สถานะ (Status)",
                        "ความก้าวหน้า", "คะแนนข้อที่เกี่ยวข้องรอบนี้", "มาจากรอบก่อน", "บันทึกไว้สำหรับ"),
                rows);
    }

    private static List<Object> row(MeasureEntry entry) {
        MeasureView measure = entry.measure();
        return Cells.row(measure.titleTh(), numbered(measure.steps()), responsible(measure.responsible()),
                measure.followUp(), measure.dueDate() == null ? null : ThaiDates.thai(measure.dueDate()),
                ThaiLabels.of(measure.status()), lines(measure.progress().stream().map(MeasureTable::progress)),
                lines(entry.items().stream().map(MeasureTable::scored)), Cells.yes(entry.fromEarlierPeriod()),
                measure.period().labelTh());
    }

    private static String numbered(List<String> steps) {
        return lines(IntStream.range(0, steps.size()).mapToObj(i -> (i + 1) + ". " + steps.get(i)));
    }

    private static String responsible(MeasureView.Responsible responsible) {
        return lines(Stream.of(responsible.division() == null ? null : responsible.division().nameTh(),
                responsible.text()).filter(text -> text != null && !text.isBlank()));
    }

    /** Who entered a note is named in the executives' version only; the public version has no names. */
    private static String progress(MeasureView.Progress progress) {
        String by = progress.by() == null ? "" : " โดย " + progress.by();
        String note = progress.noteTh() == null ? "" : ": " + progress.noteTh();
        return Cells.time(progress.at()) + " " + ThaiLabels.of(progress.status()) + by + note;
    }

    private static String scored(MeasuredItem item) {
        if (item.score() == null) {
            return item.code() + ": ไม่มีผู้ตอบในรอบนี้";
        }
        String scored = String.format(Locale.ROOT, "%s: %s (n = %d)", item.code(), Cells.score(item.score()),
                item.n());
        return item.change() == null ? scored : scored + " " + item.change().sentenceTh();
    }

    private static String lines(Stream<String> lines) {
        String joined = lines.collect(Collectors.joining("\n"));
        return joined.isEmpty() ? null : joined;
    }
}
