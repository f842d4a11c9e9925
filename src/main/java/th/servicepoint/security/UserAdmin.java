package th.servicepoint.security;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import th.servicepoint.audit.AuditTrail;
import th.servicepoint.common.AgencyScope;
import th.servicepoint.common.AgencyScopes;
import th.servicepoint.common.ProblemException;
import th.servicepoint.common.UniqueKeys;

/** Creates and edits staff accounts; every change is audited, and one active administrator always remains. */
@ApplicationScoped
public class UserAdmin {

    private final AuditTrail audit;
    private final Event<AccountDeactivated> deactivations;

    UserAdmin(AuditTrail audit, Event<AccountDeactivated> deactivations) {
        this.audit = audit;
        this.deactivations = deactivations;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserView> list() {
        return AppUser.<AppUser> listAll(Sort.by("username")).stream().map(UserView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UserView get(String username) {
        return UserView.of(require(username));
    }

    @Transactional
    public UserView create(NewUser request) {
        Set<String> roles = roles(request.roles());
        if (AppUser.byUsername(request.username()).isPresent()) {
            throw usernameTaken(request.username());
        }
        AppUser user = AppUser.create(request.username(), request.password(), request.displayName().strip(), roles);
        UniqueKeys.write(user::persist, () -> usernameTaken(request.username()));
        audit.admin("USER_CREATE", null, describe(user));
        return UserView.of(user);
    }

    /**
     * Creates a platform or provincial account. It belongs to no agency: written in the scope of every agency, where
     * the database leaves its agency empty (V20), and its username is checked across the installation.
     */
    public UserView createAboveAgencies(NewPlatformUser request) {
        requireFree(request.username());
        return AgencyScopes.call(AgencyScope.ALL_AGENCIES, () -> QuarkusTransaction.requiringNew().call(() -> {
            AppUser user = AppUser.create(request.username(), request.password(), request.displayName().strip(),
                    Set.of(request.role()));
            user.province = request.province() == null ? null : request.province().strip();
            UniqueKeys.write(user::persist, () -> usernameTaken(request.username()));
            audit.admin("USER_CREATE", null, describe(user) + (user.province == null ? "" : ", " + user.province));
            return UserView.of(user);
        }));
    }

    /** The accounts that belong to no agency: platform operators and provincial accounts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserView> listAboveAgencies() {
        return AppUser.<AppUser> list("agencyId is null", Sort.by("username")).stream().map(UserView::of).toList();
    }

    /** A 409 when any agency already has an account of this name: usernames are unique in the installation. */
    public void requireFree(String username) {
        if (AppUser.signingIn(username).isPresent()) {
            throw usernameTaken(username);
        }
    }

    @Transactional
    public UserView update(String username, UserChanges changes) {
        Set<String> roles = roles(changes.roles());
        AppUser user = require(username);
        boolean staysAdmin = changes.active() && roles.contains(Role.ADMIN);
        if (isActiveAdmin(user) && !staysAdmin) {
            requireAnotherActiveAdmin(user);
        }
        user.displayName = changes.displayName().strip();
        user.setRoles(roles);
        user.active = changes.active();
        if (!user.active) {
            deactivations.fire(new AccountDeactivated(user, "account " + user.username + " deactivated"));
        }
        boolean newPassword = changes.password() != null;
        if (newPassword) {
            user.setPassword(changes.password());
        }
        audit.admin("USER_UPDATE", null, describe(user) + (newPassword ? ", password changed" : ""));
        return UserView.of(user);
    }

    /**
     * Locks the rows of every active administrator first, so two administrators removing each other at the same time
     * cannot both succeed.
     */
    private static void requireAnotherActiveAdmin(AppUser user) {
        long others = AppUser.<AppUser> find("active = true and id <> ?1", user.id)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list().stream().filter(UserAdmin::isActiveAdmin).count();
        if (others == 0) {
            throw ProblemException.conflict("LAST_ADMIN",
                    "ต้องมีผู้ดูแลระบบที่ใช้งานได้อย่างน้อยหนึ่งบัญชี กรุณาเพิ่มผู้ดูแลระบบคนอื่นก่อน",
                    "At least one active administrator must remain; make another account an administrator first");
        }
    }

    private static ProblemException usernameTaken(String username) {
        return ProblemException.conflict("USER_EXISTS", "มีบัญชีผู้ใช้ชื่อ '" + username + "' อยู่แล้ว กรุณาใช้ชื่ออื่น",
                "An account named '" + username + "' already exists; choose another username");
    }

    private static boolean isActiveAdmin(AppUser user) {
        return user.active && user.roleSet().contains(Role.ADMIN);
    }

    /** The roles given, or a 422 on "roles" naming the roles a person can have. */
    private static Set<String> roles(Set<String> given) {
        Set<String> roles = given.stream().map(String::strip).collect(Collectors.toCollection(TreeSet::new));
        Set<String> unknown = new TreeSet<>(roles);
        unknown.removeAll(Role.PEOPLE);
        if (!unknown.isEmpty()) {
            String allowed = String.join(", ", new TreeSet<>(Role.PEOPLE));
            throw ProblemException.invalid("roles",
                    "ไม่มีบทบาท " + String.join(", ", unknown) + " บทบาทที่ใช้ได้: " + allowed,
                    "Unknown role " + String.join(", ", unknown) + "; allowed roles: " + allowed);
        }
        return roles;
    }

    private static AppUser require(String username) {
        return AppUser.byUsername(username)
                .orElseThrow(() -> ProblemException.notFound("User", "บัญชีผู้ใช้", username));
    }

    private static String describe(AppUser user) {
        return user.username + ": " + user.roles + (user.active ? "" : " (inactive)");
    }
}
