package th.servicepoint.common;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Whose rows a unit of work may see and write: PostgreSQL's row-level security holds every connection to one
 * (V20__agencies.sql). {@code agency} is the one agency new rows go to (null where the scope is several agencies or
 * none); {@code agencies} the readable ones as the database wants them: ids separated by commas, {@code *} for all,
 * empty for none. A public request names its agency by what it asks for ({@code publicKey}: a service point's code,
 * a ticket's tracking token …), which the database itself turns into the agency when the connection is taken, so
 * finding it costs no connection of its own.
 */
public record AgencyScope(Long agency, String agencies, boolean corruption, PublicKey publicKey) {

    /**
     * A public address's key: its name as in {@code agency_of_public_key} (V20), or {@code home} for the installation's home
     * agency.
     */
    public record PublicKey(String name, String value) {
    }

    /** Sees nothing: the scope of a connection nobody gave one. */
    public static final AgencyScope NONE = new AgencyScope(null, "", false, null);

    /**
     * Every agency, corruption complaints included: the installation's own jobs (day end, retention, report runs) and
     * the look-ups that find a caller's agency (sign-in, device keys, public tokens). Never a person's scope.
     */
    public static final AgencyScope INSTALLATION = new AgencyScope(null, "*", true, null);

    /** Every agency but not their corruption complaints: the platform operators. */
    public static final AgencyScope ALL_AGENCIES = new AgencyScope(null, "*", false, null);

    public static AgencyScope of(long agency) {
        return new AgencyScope(agency, Long.toString(agency), false, null);
    }

    /** Reading several agencies at once (a province); writing needs one agency, so nothing can be written. */
    public static AgencyScope readingOnly(Collection<Long> agencies) {
        return new AgencyScope(null, agencies.stream().map(String::valueOf).collect(Collectors.joining(",")), false,
                null);
    }

    public AgencyScope withCorruptionComplaints() {
        return new AgencyScope(agency, agencies, true, publicKey);
    }

    /** The agency of whatever a public address names; none when nothing has that key. */
    public static AgencyScope publicKey(String name, String value) {
        return new AgencyScope(null, "", false, new PublicKey(name, value));
    }

    /**
     * The installation's home agency, the one it was first installed for: where a public address names no agency.
     * An installation of one agency needs nothing else; others name theirs with {@code ?agency=}.
     */
    public static AgencyScope homeAgency() {
        return publicKey("home", "");
    }
}
