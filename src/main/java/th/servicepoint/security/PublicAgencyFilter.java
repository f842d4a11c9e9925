package th.servicepoint.security;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import th.servicepoint.common.AgencyScope;
import th.servicepoint.common.AgencyScopes;
import th.servicepoint.common.ProblemException;

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
            requireServing(agency.get(0));
            caller.namedBy(AgencyScope.publicKey("agency", agency.get(0)));
        }
    }

    /**
     * An agency named by its code must be one that serves: a list of nothing would read as an agency with nothing to
     * offer, and a complaint could not be filed anywhere. One look-up, for the few operations a code names (a key of
     * a record finds nothing of a deactivated agency by itself, V26).
     */
    private static void requireServing(String code) {
        if (!AgencyScopes.call(AgencyScope.INSTALLATION, () -> AgencyDirectory.serves(code))) {
            throw new ProblemException(404, "AGENCY_NOT_FOUND",
                    "ไม่พบหน่วยงานรหัส '" + code
                            + "' ที่ให้บริการผ่านระบบนี้ รหัสอาจไม่ถูกต้อง หรือหน่วยงานไม่ได้ให้บริการผ่านระบบนี้แล้ว",
                    "No agency with code '" + code + "' serves through this system: the code may be wrong, or the "
                            + "agency no longer serves through it");
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
