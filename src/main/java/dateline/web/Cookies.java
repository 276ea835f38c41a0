package dateline.web;

import io.javalin.http.Context;

/**
 * The newsroom's cookies: HttpOnly (no script reads them), SameSite=Strict (no other site's page
 * sends them), Secure when the site is served over TLS. Written as headers so every attribute
 * is explicit.
 */
public final class Cookies {
    /** The browser session; the server keeps only its digest. */
    public static final String SESSION = "dateline_session";
    /** The login form's double-submit CSRF token, before any session exists. */
    public static final String LOGIN = "dateline_login";
    private final boolean secure;

    public Cookies(boolean secure) { this.secure = secure; }

    public void set(Context ctx, String name, String value, String path, long maxAgeSeconds) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=" + path + "; Max-Age=" + maxAgeSeconds
                + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : ""));
    }

    public void clear(Context ctx, String name, String path) {
        set(ctx, name, "", path, 0);
    }
}
