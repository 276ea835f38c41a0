package dateline.web.newsroom;

import dateline.auth.Accounts;
import dateline.auth.BadAccountInput;
import dateline.auth.Forbidden;
import dateline.web.Staff;
import dateline.web.Templates;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** {@code /password}: where a one-time password is replaced, and any password changed. */
public final class PasswordPage {
    private final Accounts accounts;
    private final Templates templates;

    public PasswordPage(Accounts accounts, Templates templates) {
        this.accounts = accounts;
        this.templates = templates;
    }

    public void show(Context ctx) {
        render(ctx, 200, null);
    }

    public void change(Context ctx) {
        Staff staff = Staff.of(ctx);
        if (staff.session() == null) throw new Forbidden("password: change it in the browser, logged in");
        String chosen = ctx.formParam("password");
        if (chosen == null || !chosen.equals(ctx.formParam("repeat"))) {
            render(ctx, 400, "The two new passwords differ.");
            return;
        }
        try {
            accounts.changePassword(staff.session(), ctx.formParam("current"), chosen);
        } catch (BadAccountInput e) {
            render(ctx, 400, e.getMessage());
            return;
        }
        ctx.redirect("/newsroom?done=password", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, int status, String error) {
        Staff staff = Staff.of(ctx);
        ctx.header("Cache-Control", "no-store");
        ctx.status(status).contentType("text/html; charset=utf-8").result(templates.render("newsroom/password.jte",
                new PasswordView(DeskMeta.of("Password", staff, null), staff.user().mustChangePassword(), error)));
    }
}
