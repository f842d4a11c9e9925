package th.servicepoint.report.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The settings as an agency writes them: the target and a development point for a sub-item, its code quoted. */
@QuarkusTest
@TestProfile(ReportSettingsTest.AgencyPoints.class)
class ReportSettingsTest {

    public static class AgencyPoints implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("servicepoint.report.target", "90", "servicepoint.report.development-points.\"E1.2\"",
                    "ประกาศระยะเวลามาตรฐานของแต่ละงานบริการ");
        }
    }

    @Inject
    ReportSettings settings;

    @Test
    void targetAndDevelopmentPointsComeFromConfiguration() {
        assertEquals(90, settings.target());
        assertEquals(Map.of("E1.2", "ประกาศระยะเวลามาตรฐานของแต่ละงานบริการ"), settings.developmentPoints());
    }
}
