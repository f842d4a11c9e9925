package th.servicepoint.report.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.servicepoint.report.scoring.StatisticsTest.ita;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import th.servicepoint.survey.ItemTally;

class SurveyScoringTest {

    /** 400 × 100 + 560 × 85 + 30 × 50 + 10 × 0 = 89 100 over 1 000 answers: 89.10, as the seed's E1.1. */
    private static final ItemTally E1_1 = ita("E1.1", "E1", 400, 560, 30, 10);
    /** 372 × 100 + 568 × 85 + 50 × 50 + 10 × 0 = 87 980 over 1 000 answers: 87.98, as the seed's E1.2. */
    private static final ItemTally E1_2 = ita("E1.2", "E1", 372, 568, 50, 10);

    private final SurveyScoring scoring = new SurveyScoring(95, Map.of(), 30);

    @Test
    void reproducesTheSeedE1() {
        SurveyScores scores = scoring.score(List.of(E1_1, E1_2), List.of());
        ItemScore e11 = scores.items().get(0);
        ItemScore e12 = scores.items().get(1);
        QuestionScore e1 = scores.questions().get(0);
        assertEquals(89.10, e11.score(), 1e-9);
        assertEquals(87.98, e12.score(), 1e-9);
        assertEquals("E1", e1.code());
        assertEquals(88.54, e1.score(), 1e-9);
        assertEquals(1000, e1.n());
    }

    @Test
    void flagsTheSeedE1UnderNinetyFiveWithItsDevelopmentPoint() {
        SurveyScores scores = scoring.score(List.of(E1_1, E1_2), List.of());
        String seedPoint = "กำหนดขั้นตอนและระยะเวลาการปฏิบัติงาน/การให้บริการอย่างชัดเจน";
        assertEquals(List.of("E1.1", "E1.2"), scores.itemsBelowTarget().stream().map(ItemScore::code).toList());
        scores.items().forEach(item -> assertEquals(seedPoint, item.developmentPoint()));
        assertTrue(scores.questions().get(0).belowTarget());
        assertEquals(seedPoint, scores.questions().get(0).developmentPoint());
    }

    @Test
    void anItemsOwnDevelopmentPointOverridesItsQuestions() {
        SurveyScores scores = new SurveyScoring(95, Map.of("E1.2", "ประกาศระยะเวลามาตรฐานของแต่ละงานบริการ"), 30)
                .score(List.of(E1_1, E1_2), List.of());
        assertEquals("ประกาศระยะเวลามาตรฐานของแต่ละงานบริการ", scores.items().get(1).developmentPoint());
        assertEquals(DevelopmentPoints.SEED.get("E1"), scores.items().get(0).developmentPoint());
    }

    @Test
    void aLowerTargetFlagsNothing() {
        SurveyScores scores = new SurveyScoring(85, Map.of(), 30).score(List.of(E1_1, E1_2), List.of());
        assertTrue(scores.itemsBelowTarget().isEmpty());
        assertTrue(scores.questionsBelowTarget().isEmpty());
        assertNull(scores.items().get(0).developmentPoint());
    }

    @Test
    void intervalsStayOnTheScale() {
        ItemTally spread = new ItemTally("E5", null, 6, "ITA4", Map.of("MOST", 1L, "LEAST", 2L),
                Map.of("MOST", 100, "LEAST", 0));
        Interval interval = scoring.score(List.of(spread), List.of()).items().get(0).interval();
        // t(2) = 4.303, s = 57.7: 33.3 ± 143 without the cut
        assertEquals(0, interval.low());
        assertEquals(100, interval.high());
        ItemTally likert = new ItemTally("Q1", null, null, "LIKERT5", Map.of("5", 1L, "1", 1L), Map.of("5", 5, "1", 1));
        Interval five = scoring.score(List.of(likert), List.of()).items().get(0).interval();
        assertEquals(1, five.low());
        assertEquals(5, five.high());
    }

    @Test
    void dontKnowIsCountedApartAndNeverScored() {
        ItemTally compared = new ItemTally("E11", null, 8, "ITA4_COMPARED",
                Map.of("MOST", 2L, "LEAST", 1L, "DONT_KNOW", 5L), Map.of("MOST", 100, "LEAST", 0, "DONT_KNOW", 0));
        ItemScore e11 = scoring.score(List.of(compared), List.of()).items().get(0);
        assertEquals(3, e11.n());
        assertEquals(5, e11.dontKnow());
        assertEquals(200.0 / 3, e11.score(), 1e-9);
        assertEquals(List.of("MOST", "LEAST"), e11.distribution().stream().map(AnswerShare::value).toList());
        assertEquals(100.0, e11.distribution().get(0).percent() + e11.distribution().get(1).percent(), 1e-9);
    }

    @Test
    void itemStatisticsAndDistribution() {
        ItemScore e11 = scoring.score(List.of(E1_1), List.of()).items().get(0);
        assertEquals(1000, e11.n());
        // Σx² = 400 × 10 000 + 560 × 7 225 + 30 × 2 500 = 8 121 000; variance (8 121 000 − 1 000 × 89.1²) / 999
        assertEquals(Math.sqrt((8_121_000 - 1000 * 89.1 * 89.1) / 999), e11.sd(), 1e-9);
        assertTrue(e11.interval().low() < 89.10 && 89.10 < e11.interval().high());
        assertEquals(List.of("MOST", "MUCH", "LITTLE", "LEAST"),
                e11.distribution().stream().map(AnswerShare::value).toList());
        assertEquals(56.0, e11.distribution().get(1).percent(), 1e-9);
        assertNull(e11.likertBand());
    }

    @Test
    void indicatorsAndTheProjectedEitAreMeansOfMeans() {
        ItemTally e2 = ita("E2", 500, 500, 0, 0); // 92.50
        ItemTally e6 = new ItemTally("E6", null, 7, "ITA4", Map.of("MUCH", 30L), Map.of("MUCH", 85)); // 85
        SurveyScores scores = scoring.score(List.of(E1_1, E1_2, e2, e6), List.of());
        IndicatorScore quality = scores.indicators().get(0);
        assertEquals(6, quality.indicator());
        assertEquals((88.54 + 92.5) / 2, quality.score(), 1e-9);
        assertEquals(1000, quality.n());
        assertTrue(quality.belowTarget());
        assertEquals(85, scores.indicators().get(1).score(), 1e-9);
        ProjectedEit eit = scores.projectedEit();
        assertEquals(((88.54 + 92.5) / 2 + 85) / 2, eit.score(), 1e-9); // 87.76
        assertEquals(GradeBand.A, eit.grade());
        assertEquals(30, eit.n());
        assertTrue(eit.agencyEstimate());
        assertTrue(eit.noteEn().contains("not an official ITA score"));
        assertTrue(eit.noteTh().contains("ไม่ใช่คะแนน ITA อย่างเป็นทางการ"));
    }

    @Test
    void likertItemsHaveMeanAndBandAndAreNeitherFlaggedNorInTheEit() {
        ItemTally likert = new ItemTally("Q1", null, null, "LIKERT5", Map.of("5", 30L, "4", 10L, "2", 10L),
                Map.of("5", 5, "4", 4, "3", 3, "2", 2, "1", 1));
        SurveyScores scores = scoring.score(List.of(likert), List.of());
        ItemScore q1 = scores.items().get(0);
        assertEquals(4.2, q1.score(), 1e-9);
        assertEquals(LikertBand.HIGH, q1.likertBand());
        assertFalse(q1.belowTarget());
        assertEquals(5, q1.distribution().size());
        assertEquals(0, q1.distribution().get(2).count());
        assertTrue(scores.indicators().isEmpty());
        assertNull(scores.projectedEit());
    }

    /** The dashboard once showed "EIT 100.00 · AA" from one response. */
    @Test
    void oneAnswerGetsItsScoreAndNButNoGradeBandOrFlag() {
        ItemTally e3 = new ItemTally("E3", null, 6, "ITA4", Map.of("LITTLE", 1L), Map.of("LITTLE", 50)); // 50
        ItemTally q1 = new ItemTally("Q1", null, null, "LIKERT5", Map.of("5", 1L), Map.of("5", 5));
        SurveyScores scores = scoring.score(List.of(e3, q1), List.of());
        ItemScore item = scores.items().get(0);
        assertEquals(50, item.score(), 1e-9);
        assertEquals(1, item.n());
        assertFalse(item.belowTarget(), "50 is under the target, but one answer flags nothing");
        assertNull(item.developmentPoint());
        assertFalse(scores.questions().get(0).belowTarget());
        assertFalse(scores.indicators().get(0).belowTarget());
        assertTrue(scores.itemsBelowTarget().isEmpty());
        assertNull(scores.items().get(1).likertBand(), "no band from one answer");
        ProjectedEit eit = scores.projectedEit();
        assertEquals(1, eit.n());
        assertNull(eit.score());
        assertNull(eit.grade());
        assertTrue(eit.noteTh().contains("ยังมีคำตอบไม่พอ"), eit.noteTh());
        assertTrue(eit.noteEn().contains("Not enough answers yet"), eit.noteEn());
        // 29 answers are still too few; 30 are enough
        ItemTally e3At29 = new ItemTally("E3", null, 6, "ITA4", Map.of("LITTLE", 29L), Map.of("LITTLE", 50));
        assertNull(scoring.score(List.of(e3At29), List.of()).projectedEit().grade());
        ItemTally e3At30 = new ItemTally("E3", null, 6, "ITA4", Map.of("LITTLE", 30L), Map.of("LITTLE", 50));
        SurveyScores enough = scoring.score(List.of(e3At30), List.of());
        assertEquals(GradeBand.E, enough.projectedEit().grade());
        assertTrue(enough.items().get(0).belowTarget());
    }

    @Test
    void changeIsAgainstTheSameItemOfThePreviousPeriod() {
        SurveyScores scores = scoring.score(List.of(E1_1, E1_2), List.of(ita("E1.1", "E1", 200, 600, 150, 50)));
        assertTrue(scores.items().get(0).change().significant());
        assertNull(scores.items().get(1).change());
    }
}
