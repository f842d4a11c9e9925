package th.servicepoint.security;

import java.util.List;

/**
 * Who is signed in, so a screen can greet them and name their agency: {@code agency} is null for platform and
 * provincial accounts, which belong to none ({@code province} names a provincial account's).
 */
public record SessionView(String username, String displayName, List<String> roles, Agency agency, String province) {

    /** The agency as its screens name it. */
    public record Agency(String code, String nameTh, String nameEn) {
    }
}
