package th.servicepoint.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import th.servicepoint.common.AgencyScope;
import th.servicepoint.common.AgencyScopes;

/** A person who signs in: clerk, admin, executive or complaint officer. Passwords are bcrypt hashes. */
@Entity
@Table(name = "app_user")
@UserDefinition
public class AppUser extends PanacheEntityBase {

    /** bcrypt's cost factor (2^10 rounds, BcryptUtil's default). */
    static final int BCRYPT_COST = 10;
    /**
     * The demo accounts' cost (2^4 rounds): README publishes their passwords, so a cost guards nothing there, and each
     * request of a demo or a test signed in as one would spend 0.1 s of CPU checking it.
     */
    private static final int DEMO_BCRYPT_COST = 4;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Username
    public String username;
    @Password
    @Column(name = "password_hash")
    public String passwordHash;
    /** Comma-separated role names. */
    @Roles
    public String roles;
    @Column(name = "display_name")
    public String displayName;
    public boolean active = true;
    /**
     * The agency the account belongs to, null for platform and provincial accounts. Never written from here: a new
     * account takes the agency of the scope it is created in (V20__agencies.sql), so no code can file it elsewhere.
     */
    @Column(name = "agency_id", insertable = false, updatable = false)
    public Long agencyId;
    /** The province a provincial account reads. */
    public String province;
    /** The agencies of {@link #province} when the account signed in. */
    @Transient
    private List<Long> provinceAgencies = List.of();
    /** Whether the account's agency was active when it signed in (a platform deactivates an agency). */
    @Transient
    private boolean agencyActive = true;

    public static AppUser create(String username, String password, String displayName, Set<String> roles) {
        return withHash(username, BcryptUtil.bcryptHash(password, BCRYPT_COST), displayName, roles);
    }

    /** A demo account (demo data), whose password is published: see {@link #DEMO_BCRYPT_COST}. */
    public static AppUser demo(String username, String password, String displayName, Set<String> roles) {
        return withHash(username, BcryptUtil.bcryptHash(password, DEMO_BCRYPT_COST), displayName, roles);
    }

    private static AppUser withHash(String username, String passwordHash, String displayName, Set<String> roles) {
        AppUser user = new AppUser();
        user.username = username;
        user.passwordHash = passwordHash;
        user.displayName = displayName;
        user.setRoles(roles);
        return user;
    }

    public void setPassword(String password) {
        passwordHash = BcryptUtil.bcryptHash(password, BCRYPT_COST);
    }

    public void setRoles(Set<String> names) {
        roles = names.stream().sorted().collect(Collectors.joining(","));
    }

    public Set<String> roleSet() {
        return Arrays.stream(roles.split(",")).filter(r -> !r.isBlank()).collect(Collectors.toSet());
    }

    /**
     * Who this account is to Quarkus security: its name, its roles as they are now, and whose rows its requests see:
     * its agency's, or for a provincial account the agencies of its province as they are at sign-in.
     */
    SecurityIdentity identity() {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username));
        roleSet().forEach(identity::addRole);
        if (agencyId != null) {
            identity.addAttribute(DeviceKeyIdentityProvider.AGENCY_ID, agencyId);
        }
        if (roleSet().contains(Role.PROVINCIAL)) {
            identity.addAttribute(AgencyOfCaller.PROVINCE_AGENCIES, provinceAgencies);
        }
        return identity.build();
    }

    /** The account signing in, looked up across agencies: finding it is what tells the request's agency. */
    static Optional<AppUser> signingIn(String username) {
        return AgencyScopes.call(AgencyScope.INSTALLATION, () -> QuarkusTransaction.requiringNew().call(() -> {
            Optional<AppUser> user = byUsername(username);
            user.filter(found -> found.province != null)
                    .ifPresent(found -> found.provinceAgencies = AgencyDirectory.activeIn(found.province));
            user.filter(found -> found.agencyId != null)
                    .ifPresent(found -> found.agencyActive = AgencyDirectory.active(found.agencyId));
            return user;
        }));
    }

    /** An active account of an active agency (or of none): who may sign in. */
    boolean maySignIn() {
        return active && agencyActive;
    }

    public static Optional<AppUser> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
