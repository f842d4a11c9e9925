package th.servicepoint.survey;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** How citizens are invited to rate a service and how answers are scored; defaults in application.properties. */
@ConfigMapping(prefix = "servicepoint.survey")
public interface SurveySettings {

    /** How long after the service a citizen may still answer; the link then stops working (410). */
    Duration invitationExpiry();

    /**
     * How long one client (told apart by a keyed hash of its address, never stored) waits between two answers through
     * the same poster; a second answer sooner gets 429. Open-mode answers have no invitation to spend, so this is
     * what keeps one phone from filling a counter's results.
     */
    Duration posterAnswerInterval();

    /**
     * The agency's staff networks (CIDR ranges or single addresses, comma-separated; empty by default). A survey answer
     * from one of them is kept but marked and reported apart from the citizens' figures. Behind a reverse proxy the
     * client's address is the one the proxy forwards only when {@code quarkus.http.proxy.*} trusts that proxy.
     */
    Optional<List<String>> staffNetworks();

    /** The longest comment accepted, in characters. */
    int commentMaxLength();

    /**
     * Points of the four EIT levels. Widely used values, not confirmed from the NACC manual, hence a setting; each
     * answer keeps the points it was given.
     */
    ItaPoints itaPoints();

    interface ItaPoints {
        int most();

        int much();

        int little();

        int least();
    }
}
