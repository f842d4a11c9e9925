package th.servicepoint.security;

import java.util.List;

/** A staff account as the admin screens show it (never the password hash). */
public record UserView(String username, String displayName, List<String> roles, boolean active) {

    static UserView of(AppUser user) {
        return new UserView(user.username, user.displayName, user.roleSet().stream().sorted().toList(), user.active);
    }
}
