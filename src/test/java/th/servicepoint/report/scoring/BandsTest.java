package th.servicepoint.report.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BandsTest {

    @ParameterizedTest
    @CsvSource({ "100, AA", "95, AA", "94.995, AA", "94.99, A", "85, A", "84.99, B", "75, B", "74.99, C", "65, C",
            "64.99, D", "55, D", "54.99, E", "50, E", "49.99, F", "0, F" })
    void gradeBandAtEveryBoundary(double score, GradeBand band) {
        assertEquals(band, GradeBand.of(score));
    }

    @ParameterizedTest
    @CsvSource({ "5.00, HIGHEST", "4.21, HIGHEST", "4.205, HIGHEST", "4.20, HIGH", "3.41, HIGH", "3.40, MODERATE",
            "2.61, MODERATE", "2.60, LOW", "1.81, LOW", "1.80, LOWEST", "1.00, LOWEST" })
    void likertBandAtEveryBoundary(double mean, LikertBand band) {
        assertEquals(band, LikertBand.of(mean));
    }

    @ParameterizedTest
    @CsvSource({ "HIGHEST, มากที่สุด", "HIGH, มาก", "MODERATE, ปานกลาง", "LOW, น้อย", "LOWEST, น้อยที่สุด" })
    void likertBandsReadAsTheFormDoes(LikertBand band, String thai) {
        assertEquals(thai, band.labelTh());
    }
}
