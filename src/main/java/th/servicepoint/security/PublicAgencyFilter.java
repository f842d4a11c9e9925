package th.servicepoint.security;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import th.servicepoint.common.AgencyScope;

/**
 * A public operation's agency is the one its address names, whoever calls it: the path's service point code, ticket
 * token, survey or poster token or complaint tracking code, else {@code ?agency=} (an agency's code). Operations
 * that need a role are left to the caller's identity, so naming another agency's service point in an admin path
 * changes nothing.
 */
public class PublicAgencyFilter {

    private final AgencyOfCaller caller;

    PublicAgencyFilter(AgencyOfCaller caller) {
        this.caller = caller;
    }

    @ServerRequestFilter
    public void nameAgency(ResourceInfo resource, UriInfo uri) {
        if (!isPublic(resource)) {
            return;
        }
        MultivaluedMap<String, String> path = uri.getPathParameters();
        for (String key : AgencyOfCaller.PUBLIC_KEYS) {
            if (path.containsKey(key)) {
                caller.namedBy(AgencyScope.publicKey(key, path.getFirst(key)));
                return;
            }
        }
        List<String> agency = uri.getQueryParameters().get("agency");
        if (agency != null && !agency.isEmpty()) {
            caller.namedBy(AgencyScope.publicKey("agency", agency.get(0)));
        }
    }

    private static boolean isPublic(ResourceInfo resource) {
        if (resource.getResourceMethod() == null) {
            return false;
        }
        if (resource.getResourceMethod().isAnnotationPresent(PermitAll.class)) {
            return true;
        }
        return !resource.getResourceMethod().isAnnotationPresent(RolesAllowed.class)
                && resource.getResourceClass().isAnnotationPresent(PermitAll.class);
    }
}
