package th.servicepoint.report.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import th.servicepoint.support.OwnApplication;

/**
 * The settings as an agency writes them: the target and a development point for a sub-item, its code quoted
 * ({@link OwnApplication} sets them).
 */
@QuarkusTest
@TestProfile(OwnApplication.class)
class ReportSettingsTest {

    @Inject
    ReportSettings settings;

    @Test
    void targetAndDevelopmentPointsComeFromConfiguration() {
        assertEquals(90, settings.target());
        assertEquals(Map.of("E1.2", "ประกาศระยะเวลามาตรฐานของแต่ละงานบริการ"), settings.developmentPoints());
    }
}
