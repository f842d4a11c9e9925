package th.servicepoint.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** A person who signs in: clerk, admin, executive or complaint officer. Passwords are bcrypt hashes. */
@Entity
@Table(name = "app_user")
@UserDefinition
public class AppUser extends PanacheEntityBase {

    /** bcrypt's cost factor (2^10 rounds, BcryptUtil's default). */
    static final int BCRYPT_COST = 10;

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

    public static AppUser create(String username, String password, String displayName, Set<String> roles) {
        AppUser user = new AppUser();
        user.username = username;
        user.setPassword(password);
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

    /** Who this account is to Quarkus security: its name and its roles as they are now. */
    SecurityIdentity identity() {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username));
        roleSet().forEach(identity::addRole);
        return identity.build();
    }

    public static Optional<AppUser> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
