package th.servicepoint.report.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import th.servicepoint.report.aggregate.ExecutiveReport.Cell;
import th.servicepoint.report.aggregate.ExecutiveReport.Eit;
import th.servicepoint.report.aggregate.ExecutiveReport.Row;
import th.servicepoint.report.scoring.ProjectedEit;
import th.servicepoint.report.scoring.ReportSettings;
import th.servicepoint.report.scoring.Statistics;
import th.servicepoint.report.scoring.SurveyScores;
import th.servicepoint.report.scoring.SurveyScoring;
import th.servicepoint.survey.SurveyTallies.Group;

/**
 * Scores the groups of a breakdown and applies the report's rules on small numbers: nothing is ranked under
 * {@code rankMinAnswers} answers, and a clerk's row or cell under {@code clerkCellMinAnswers} answers shows its n only.
 */
final class BreakdownRows {

    private final SurveyScoring scoring;
    private final int rankMinAnswers;
    private final int clerkCellMinAnswers;

    BreakdownRows(SurveyScoring scoring, ReportSettings settings) {
        this.scoring = scoring;
        this.rankMinAnswers = settings.rankMinAnswers();
        this.clerkCellMinAnswers = settings.clerkCellMinAnswers();
    }

    /** Services, counters and divisions: every score shown, the large enough rows ranked. */
    List<Row> ranked(List<Group> groups) {
        return rank(groups.stream().map(group -> row(group, 0)).toList());
    }

    /** Clerks: ranked like the others, and a row or cell under the clerk minimum hides its score. */
    List<Row> clerks(List<Group> groups) {
        return rank(groups.stream().map(group -> row(group, clerkCellMinAnswers)).toList());
    }

    /** Rows that are compared but not ranked (the two response modes). */
    List<Row> unranked(List<Group> groups) {
        return groups.stream().map(group -> row(group, 0)).toList();
    }

    private Row row(Group group, int cellMinimum) {
        SurveyScores scores = scoring.score(group.items(), List.of());
        boolean hidden = group.responses() < cellMinimum;
        List<Cell> questions = scores.questions().stream().map(question -> new Cell(question.code(), question.n(),
                hidden || question.n() < cellMinimum ? null : question.score())).toList();
        ProjectedEit projected = scores.projectedEit();
        Eit eit = projected == null ? null
                : hidden || projected.n() < cellMinimum ? new Eit(projected.n(), null, null)
                        : new Eit(projected.n(), projected.score(), projected.grade());
        // projected.score() is null under the grade minimum: the row shows its n, and is not ranked
        Row row = new Row(group.key(), group.servicePointCode(), group.nameTh(), group.nameEn(), group.responses(),
                null, questions, eit, null, null);
        return hidden ? with(row, null, hiddenNote(group.responses())) : row;
    }

    /**
     * Ranks the rows with enough answers and a projected EIT by that score (ties, at two decimals, share a rank) and
     * says why the others are not ranked; ranked rows first.
     */
    private List<Row> rank(List<Row> rows) {
        List<Row> eligible = rows.stream().filter(this::rankable)
                .sorted(Comparator.comparingDouble((Row row) -> published(row)).reversed()).toList();
        List<Row> result = new ArrayList<>();
        // sorted from the highest: a row's rank is one more than the rows before the first with its score
        int rank = 0;
        double previous = Double.NaN;
        for (int i = 0; i < eligible.size(); i++) {
            Row row = eligible.get(i);
            double score = published(row);
            if (score != previous) {
                rank = i + 1;
                previous = score;
            }
            result.add(with(row, rank, null));
        }
        rows.stream().filter(row -> !rankable(row)).map(this::notRanked).forEach(result::add);
        return result;
    }

    private boolean rankable(Row row) {
        return row.n() >= rankMinAnswers && row.projectedEit() != null && row.projectedEit().score() != null;
    }

    private static double published(Row row) {
        return Statistics.round2(row.projectedEit().score());
    }

    private static Row with(Row row, Integer rank, Note note) {
        return new Row(row.key(), row.servicePointCode(), row.nameTh(), row.nameEn(), row.n(), rank, row.questions(),
                row.projectedEit(), note == null ? null : note.th(), note == null ? null : note.en());
    }

    /** A row that already says why its score is hidden keeps that note, which also explains the missing rank. */
    private Row notRanked(Row row) {
        if (row.noteTh() != null) {
            return row;
        }
        if (row.n() < rankMinAnswers) {
            return with(row, null, new Note("ไม่จัดอันดับ: มีผู้ตอบ " + row.n() + " ราย น้อยกว่า " + rankMinAnswers + " ราย",
                    "Not ranked: " + row.n() + " answers, fewer than " + rankMinAnswers));
        }
        return with(row, null, new Note("ไม่จัดอันดับ: ไม่มีคำตอบในข้อคำถามตามตัวชี้วัด ITA",
                "Not ranked: no answers to ITA indicator questions"));
    }

    private Note hiddenNote(long n) {
        return new Note("ไม่แสดงคะแนนและไม่จัดอันดับ: มีผู้ตอบ " + n + " ราย น้อยกว่า " + clerkCellMinAnswers
                + " ราย เพื่อไม่ให้ย้อนรอยคำตอบถึงผู้รับบริการรายใดได้",
                "Score hidden and not ranked: " + n + " answers, fewer than " + clerkCellMinAnswers
                        + ", so that no answer can be traced to one visit");
    }

    private record Note(String th, String en) {
    }
}
