package th.servicepoint.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import th.servicepoint.common.ProblemException;

/**
 * The staff screens' session: signing in is Quarkus's form post ({@code POST /j_security_check} with
 * {@code j_username} and {@code j_password}, checked by the same identity provider as HTTP Basic), signing out is here.
 * The session lives in the encrypted cookie alone, so signing out is the browser forgetting it.
 */
@Path("/api/v1/session")
@Tag(name = "Sign-in")
public class SessionResource {

    private final String cookieName;

    SessionResource(@ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookieName) {
        this.cookieName = cookieName;
    }

    @GET
    @RolesAllowed({ Role.ADMIN, Role.CLERK, Role.EXECUTIVE, Role.COMPLAINT_OFFICER, Role.PLATFORM, Role.PROVINCIAL })
    @Operation(summary = "Who is signed in: name, roles and agency (none for platform and provincial accounts)")
    public SessionView get(@Context SecurityIdentity identity) {
        AppUser user = AppUser.signingIn(identity.getPrincipal().getName())
                .orElseThrow(() -> ProblemException.notFound("User", "บัญชีผู้ใช้", identity.getPrincipal().getName()));
        return new SessionView(user.username, user.displayName, user.roleSet().stream().sorted().toList(),
                user.agencyId == null ? null : AgencyDirectory.named(user.agencyId), user.province);
    }

    @DELETE
    @Operation(summary = "Sign out of a staff screen: the session cookie is cleared in the browser")
    @APIResponse(responseCode = "204", description = "Signed out, also when no one was signed in")
    @APIResponse(responseCode = "403", description = "Sent by a page of another site (FOREIGN_ORIGIN)")
    public Response signOut(@Context HttpServerRequest request) {
        NewCookie expired = new NewCookie.Builder(cookieName).value("").path("/").maxAge(0).httpOnly(true)
                .secure("https".equals(request.scheme())).sameSite(NewCookie.SameSite.STRICT).build();
        return Response.noContent().cookie(expired).build();
    }
}
