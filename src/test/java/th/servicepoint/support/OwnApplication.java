package th.servicepoint.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * An application of its own, started on an emptied schema after the classes without a profile, for tests whose data
 * must not become the other tests' (the OpenAPI fuzzing) or that read settings the others do not have: the agency's
 * report target and a development point for a sub-item, its code quoted, as an agency writes them.
 * <p>
 * One profile for these: each test profile costs the suite a build and a start of the application (and its
 * migrations), and the fuzzing answers the same whatever the report target.
 */
public class OwnApplication implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("servicepoint.report.target", "90", "servicepoint.report.development-points.\"E1.2\"",
                "ประกาศระยะเวลามาตรฐานของแต่ละงานบริการ");
    }
}
