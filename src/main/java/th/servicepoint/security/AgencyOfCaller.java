package th.servicepoint.security;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.SecurityIdentity;
import th.servicepoint.common.AgencyScope;
import th.servicepoint.common.AgencyScopeSource;

/**
 * Whose rows the current request sees. A public operation sees the agency of what its address names (a service
 * point's code, a ticket's token …, {@link PublicAgencyFilter}), whoever calls it. Otherwise the caller's identity
 * decides: a device or staff member sees its agency, a complaint officer its agency's corruption complaints too, a
 * provincial account its province's agencies, a platform operator every agency but no complaint; an anonymous caller
 * sees the installation's home agency.
 * <p>
 * The identity providers work in the installation's scope: what they read or audit while making an identity must
 * not ask that identity for a scope, which would wait for itself.
 */
@RequestScoped
public class AgencyOfCaller implements AgencyScopeSource {

    /** The agencies a provincial account reads, as they were when it signed in. */
    public static final String PROVINCE_AGENCIES = "provinceAgencies";

    private final SecurityIdentity identity;
    private AgencyScope named;

    AgencyOfCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    void namedBy(AgencyScope publicAddress) {
        named = publicAddress;
    }

    @Override
    public AgencyScope currentRequest() {
        if (named != null) {
            return named;
        }
        if (identity.isAnonymous()) {
            return AgencyScope.homeAgency();
        }
        Long agency = identity.getAttribute(DeviceKeyIdentityProvider.AGENCY_ID);
        if (agency != null) {
            AgencyScope own = AgencyScope.of(agency);
            return identity.hasRole(Role.COMPLAINT_OFFICER) ? own.withCorruptionComplaints() : own;
        }
        if (identity.hasRole(Role.PLATFORM)) {
            return AgencyScope.ALL_AGENCIES;
        }
        List<Long> province = identity.getAttribute(PROVINCE_AGENCIES);
        return province == null ? AgencyScope.NONE : AgencyScope.readingOnly(province);
    }

    static final Set<String> PUBLIC_KEYS = Set.of("sp", "trackingToken", "token", "posterToken", "trackingCode",
            "appointmentCode");
}
