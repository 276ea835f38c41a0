package dateline.web.newsroom;

import dateline.auth.Accounts;
import dateline.auth.BadAccountInput;
import dateline.auth.NewUser;
import dateline.auth.Role;
import dateline.web.Site;
import dateline.web.Staff;
import dateline.web.Templates;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** {@code /admin/users}: list, add (with a one-time password shown once), reset a password, revoke a token. */
public final class UsersPage {
    private final Accounts accounts;
    private final Site site;
    private final Templates templates;

    public UsersPage(Accounts accounts, Site site, Templates templates) {
        this.accounts = accounts;
        this.site = site;
        this.templates = templates;
    }

    public void show(Context ctx) {
        render(ctx, 200, null, null, null, "", "reporter");
    }

    public void add(Context ctx) {
        String name = ctx.formParam("name");
        String role = ctx.formParam("role");
        try {
            NewUser user = accounts.addUser(name, Role.parse(role), Staff.of(ctx).name());
            render(ctx, 200, user.user().name(), user.oneTimePassword(), null, "", "reporter");
        } catch (BadAccountInput e) {
            render(ctx, 400, null, null, e.getMessage(), name, role);
        }
    }

    public void resetPassword(Context ctx) {
        NewUser user = accounts.resetPassword(ctx.pathParam("name"), Staff.of(ctx).name());
        render(ctx, 200, user.user().name(), user.oneTimePassword(), null, "", "reporter");
    }

    public void revokeToken(Context ctx) {
        accounts.revokeToken(ctx.pathParam("name"), Staff.of(ctx).name());
        ctx.redirect("/admin/users", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, int status, String issuedFor, String issued, String error, String name, String role) {
        var rows = accounts.users().stream().map(u -> new UsersView.Row(u.name(), u.role().wireName(),
                u.mustChangePassword(), u.hasToken(), site.time(u.createdAt()))).toList();
        ctx.header("Cache-Control", "no-store");
        ctx.status(status).contentType("text/html; charset=utf-8").result(templates.render("newsroom/users.jte",
                new UsersView(DeskMeta.of("Users", Staff.of(ctx), null), rows, issuedFor, issued, error,
                        name == null ? "" : name, role == null ? "reporter" : role)));
    }
}
