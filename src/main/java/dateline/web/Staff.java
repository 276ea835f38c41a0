package dateline.web;

import dateline.auth.Role;
import dateline.auth.Session;
import dateline.auth.User;
import dateline.story.Actor;
import io.javalin.http.Context;

/**
 * The member of staff behind a request, as {@link Gate} found them: by browser session (then
 * {@code session} is set, with its CSRF token) or by API token.
 */
public record Staff(User user, Session session) {
    static final String ATTRIBUTE = "dateline.staff";

    /** The staff member of a request that passed the gate. */
    public static Staff of(Context ctx) {
        Staff staff = ctx.attribute(ATTRIBUTE);
        if (staff == null) throw new IllegalStateException("route " + ctx.path() + " is not behind the gate");
        return staff;
    }

    public String name() { return user.name(); }

    /** The CSRF token forms of this page must carry; empty for token clients (who need none). */
    public String csrf() { return session == null ? "" : session.csrf(); }

    public Actor actor() { return new Actor(user.name(), user.role().allows(Role.EDITOR)); }

    public boolean isAdmin() { return user.role().allows(Role.ADMIN); }

    public boolean isEditor() { return user.role().allows(Role.EDITOR); }
}
