package dateline.web;

import dateline.auth.Accounts;
import dateline.auth.Forbidden;
import dateline.auth.NotSignedIn;
import dateline.auth.Session;
import dateline.auth.User;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import java.util.Optional;
import java.util.Set;

/**
 * Runs before every matched route and lets through only who its {@link Access} allows: a
 * {@code Authorization: Bearer} API token, or a browser session whose state-changing requests
 * carry the session's CSRF token (form field {@code csrf} or header {@code X-CSRF-Token}).
 */
final class Gate {
    static final String CSRF_HEADER = "X-CSRF-Token";
    private final Accounts accounts;

    Gate(Accounts accounts) { this.accounts = accounts; }

    void check(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.isEmpty()) return;
        Access needed = (Access) roles.iterator().next();
        Staff staff = identify(ctx);
        if (staff.session() != null && changesState(ctx.method())) {
            String given = Optional.ofNullable(ctx.header(CSRF_HEADER)).orElseGet(() -> formCsrf(ctx));
            if (!Accounts.csrfMatches(staff.session(), given)) {
                throw new Forbidden("csrf: missing or stale CSRF token; reload the page and try again");
            }
        }
        if (staff.session() != null && staff.user().mustChangePassword() && needed != Access.ACCOUNT) {
            throw new PasswordChangeRequired();
        }
        if (!staff.user().role().allows(needed.role())) {
            throw new Forbidden("role: this needs " + needed.role().wireName() + " rights; "
                    + staff.name() + " is " + staff.user().role().wireName());
        }
        ctx.attribute(Staff.ATTRIBUTE, staff);
    }

    private Staff identify(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw new NotSignedIn("authorization: expected Bearer TOKEN (from dateline user token NAME)");
            }
            User user = accounts.userByToken(authorization.substring(7))
                    .orElseThrow(() -> new NotSignedIn("authorization: unknown or revoked token"));
            return new Staff(user, null);
        }
        Session session = accounts.session(ctx.cookie(Cookies.SESSION))
                .orElseThrow(() -> new SignInRequired("sign in: log in at /login, or send Authorization: Bearer TOKEN"));
        return new Staff(session.user(), session);
    }

    private static String formCsrf(Context ctx) {
        String type = ctx.contentType();
        boolean form = type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
        return form ? ctx.formParam("csrf") : null;
    }

    private static boolean changesState(HandlerType method) {
        return method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS;
    }
}
