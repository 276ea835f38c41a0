package dateline.web.newsroom;

import dateline.auth.Accounts;
import dateline.auth.NotSignedIn;
import dateline.auth.Session;
import dateline.web.Cookies;
import dateline.web.Staff;
import dateline.web.Templates;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.time.Instant;

/** {@code /login} (form and post) and {@code POST /logout}, which ends the session on the server too. */
public final class LoginPage {
    private final Accounts accounts;
    private final Templates templates;
    private final Cookies cookies;

    public LoginPage(Accounts accounts, Templates templates, Cookies cookies) {
        this.accounts = accounts;
        this.templates = templates;
        this.cookies = cookies;
    }

    public void show(Context ctx) {
        render(ctx, 200, "", next(ctx.queryParam("next")), null);
    }

    public void login(Context ctx) {
        String name = ctx.formParam("name");
        String next = next(ctx.formParam("next"));
        String expected = ctx.cookie(Cookies.LOGIN);
        if (expected == null || !Accounts.sameSecret(expected, ctx.formParam("csrf"))) {
            render(ctx, 403, name, next, "The form had expired. Please log in again.");
            return;
        }
        Session session;
        try {
            session = accounts.login(name, ctx.formParam("password"), ctx.ip());
        } catch (NotSignedIn e) {
            render(ctx, 401, name, next, "Wrong name or password.");
            return;
        }
        cookies.clear(ctx, Cookies.LOGIN, "/login");
        cookies.set(ctx, Cookies.SESSION, session.secret(), "/", Duration.between(Instant.now(), session.expiresAt()).toSeconds());
        ctx.redirect(session.user().mustChangePassword() ? "/password" : next, HttpStatus.SEE_OTHER);
    }

    public void logout(Context ctx) {
        // A token client has no session to end: the token stays valid until revoked.
        Session session = Staff.of(ctx).session();
        if (session != null) accounts.logout(session);
        cookies.clear(ctx, Cookies.SESSION, "/");
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, int status, String name, String next, String error) {
        String csrf = Accounts.formToken();
        cookies.set(ctx, Cookies.LOGIN, csrf, "/login", 3600);
        ctx.header("Cache-Control", "no-store");
        ctx.status(status).contentType("text/html; charset=utf-8").result(templates.render("newsroom/login.jte",
                new LoginView(DeskMeta.anonymous("Log in"), name == null ? "" : name, next, csrf, error)));
    }

    /** Only a path of this site: never an address elsewhere that a link could smuggle in. */
    private static String next(String raw) {
        boolean local = raw != null && raw.startsWith("/") && !raw.startsWith("//") && !raw.startsWith("/\\")
                && raw.chars().noneMatch(c -> c < 0x21);
        return local ? raw : "/newsroom";
    }
}
