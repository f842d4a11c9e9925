package th.servicepoint.site;

import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import th.servicepoint.common.RunsIn;
import th.servicepoint.security.AppUser;
import th.servicepoint.security.Role;

/** Creates the first administrator from configuration, so a fresh installation can be set up through the API. */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class);

    private final SetupSettings settings;

    FirstAdministrator(SetupSettings settings) {
        this.settings = settings;
    }

    @RunsIn(RunsIn.Where.HOME_AGENCY)
    @Transactional
    void create(@Observes @Priority(3000) StartupEvent start) {
        SetupLock.hold();
        boolean hasAdmin = AppUser.<AppUser> list("active = true").stream()
                .anyMatch(user -> user.roleSet().contains(Role.ADMIN));
        if (hasAdmin) {
            return;
        }
        SetupSettings.Admin admin = settings.admin();
        if (admin.password().isEmpty()) {
            LOG.warn("No administrator exists: set SERVICEPOINT_ADMIN_PASSWORD (and SERVICEPOINT_ADMIN_USERNAME) "
                    + "to create the first one at start");
            return;
        }
        AppUser.create(admin.username(), admin.password().get(), "ผู้ดูแลระบบ", Set.of(Role.ADMIN)).persist();
        LOG.infof("Created the first administrator '%s'", admin.username());
    }
}
