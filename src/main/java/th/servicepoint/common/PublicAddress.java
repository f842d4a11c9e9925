package th.servicepoint.common;

import io.smallrye.config.ConfigMapping;

/**
 * The address the public reaches this service at, which the links printed and shown to citizens start with (the
 * ticket's tracking page, the survey page). Its property keeps the name it was first given under the survey, so that
 * no deployment has to change; the default is in application.properties.
 */
@ConfigMapping(prefix = "servicepoint.survey")
public interface PublicAddress {

    /** Without a trailing / (one there is tolerated). */
    String publicBaseUrl();

    /** The public address of a page, e.g. {@code link("/ticket/?t=" + token)}. */
    default String link(String pathAndQuery) {
        String base = publicBaseUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathAndQuery;
    }
}
