package dateline.web;

import dateline.auth.Role;
import io.javalin.security.RouteRole;

/**
 * Who may use a route, as the route table declares it. A route with none is public; every
 * newsroom and admin route names one, and {@link Gate} checks it before the handler runs.
 */
public enum Access implements RouteRole {
    /** Any signed-in member of staff, even one who must still change a one-time password (to change it, or log out). */
    ACCOUNT(Role.REPORTER),
    /** Reporters and above, with their password changed. */
    STAFF(Role.REPORTER),
    EDITOR(Role.EDITOR),
    ADMIN(Role.ADMIN);

    private final Role role;

    Access(Role role) { this.role = role; }

    public Role role() { return role; }
}
