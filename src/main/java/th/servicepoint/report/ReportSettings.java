package th.servicepoint.report;

import java.util.Map;

import io.quarkus.arc.Unremovable;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How the executive report judges scores; defaults in application.properties. Unremovable until the report endpoint
 * injects it: an unused mapping is dropped, and its keys in application.properties then fail every start.
 */
@ConfigMapping(prefix = "servicepoint.report")
@Unremovable
public interface ReportSettings {

    /** Items and questions scoring under this (0–100, ITA scales) are flagged with a development point. */
    @WithDefault("95")
    double target();

    /**
     * Development points (ประเด็นที่ควรพัฒนา) by item or question code, replacing the defaults taken from the seed
     * ({@link DevelopmentPoints#SEED}). Codes with a dot are quoted: {@code servicepoint.report.development-points."E1.1"}.
     */
    Map<String, String> developmentPoints();
}
