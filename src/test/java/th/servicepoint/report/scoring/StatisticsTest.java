package th.servicepoint.report.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import th.servicepoint.survey.ItemTally;

class StatisticsTest {

    @Test
    void wilsonIntervalByHand() {
        // 8 of 10: centre (0.8 + z²/20) / (1 + z²/10) = 0.71674, half-width 0.22658
        Interval interval = Statistics.wilson(8, 10);
        assertEquals(0.49016, interval.low(), 1e-5);
        assertEquals(0.94332, interval.high(), 1e-5);
        assertNull(Statistics.wilson(0, 0));
    }

    @Test
    void tIntervalByHand() {
        // 1, 2, 3, 4, 5: mean 3, variance 2.5; t(0.975, 4) = 2.776445; half-width 2.776445 × √(2.5 / 5) = 1.963243
        Interval interval = Statistics.meanInterval(3, 2.5, 5);
        assertEquals(1.036757, interval.low(), 1e-6);
        assertEquals(4.963243, interval.high(), 1e-6);
        assertNull(Statistics.meanInterval(3, 0, 1));
    }

    @Test
    void welchByHand() {
        // 1…5 against 3…7: t = −2, df = 8, two-sided p = 0.0805 (R: t.test(1:5, 3:7))
        assertEquals(0.08052, Statistics.welchP(3, 2.5, 5, 5, 2.5, 5), 1e-5);
    }

    @Test
    void clearlyDifferentPeriodsAreASignificantChange() {
        Change change = Change.between(ita("E2", 200, 600, 150, 50), ita("E2", 400, 560, 30, 10));
        assertEquals(10.6, change.difference(), 1e-9);
        assertTrue(change.significant());
        assertEquals("Up 10.60 points on the previous period (78.50 → 89.10), significant at 5% (p < 0.001)",
                change.sentenceEn());
        assertTrue(change.sentenceTh().startsWith("เพิ่มขึ้น 10.60 คะแนน"), change.sentenceTh());
        Change back = Change.between(ita("E2", 400, 560, 30, 10), ita("E2", 200, 600, 150, 50));
        assertTrue(back.significant());
        assertTrue(back.sentenceTh().startsWith("ลดลง 10.60 คะแนน"), back.sentenceTh());
    }

    @Test
    void nearIdenticalSmallSamplesAreNotAChange() {
        Change change = Change.between(ita("E2", 2, 3, 0, 0), ita("E2", 3, 2, 0, 0));
        assertEquals(3.0, change.difference(), 1e-9); // 91 → 94 on five answers each
        assertFalse(change.significant());
        assertTrue(change.sentenceEn().contains("not significant"), change.sentenceEn());
        assertTrue(change.sentenceTh().contains("ไม่มีนัยสำคัญทางสถิติ"), change.sentenceTh());
    }

    @Test
    void aSingleAnswerIsNeverAChange() {
        Change change = Change.between(ita("E2", 0, 0, 0, 1), ita("E2", 1, 0, 0, 0));
        assertNull(change.pValue());
        assertFalse(change.significant());
        assertTrue(change.sentenceEn().startsWith("Not significant"), change.sentenceEn());
    }

    /** An ITA4 item of indicator 6 answered MOST, MUCH, LITTLE and LEAST that many times. */
    static ItemTally ita(String code, String parent, long most, long much, long little, long least) {
        return new ItemTally(code, parent, 6, "ITA4",
                Map.of("MOST", most, "MUCH", much, "LITTLE", little, "LEAST", least),
                Map.of("MOST", 100, "MUCH", 85, "LITTLE", 50, "LEAST", 0));
    }

    static ItemTally ita(String code, long most, long much, long little, long least) {
        return ita(code, null, most, much, little, least);
    }
}
