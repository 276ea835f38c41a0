package dateline.web;

import dateline.auth.Accounts;
import dateline.auth.NewUser;
import dateline.auth.Role;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A member of staff as tests drive the running app: with an API token, or logged in through the
 * login form with a session cookie and its CSRF token (read from the pages, as a browser would).
 */
public final class Staffer {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    final RunningApp site;
    final String name;
    final String token;
    String cookie;
    String csrf;

    private Staffer(RunningApp site, String name, String token) {
        this.site = site;
        this.name = name;
        this.token = token;
    }

    /** A new user of {@code role} with an API token. */
    public static Staffer withToken(RunningApp site, String name, Role role) {
        Accounts accounts = site.app().accounts();
        accounts.addUser(name, role, "test");
        return new Staffer(site, name, accounts.issueToken(name, "test"));
    }

    /** A new user of {@code role} who logged in through the form and chose their own password. */
    public static Staffer loggedIn(RunningApp site, String name, Role role) {
        NewUser user = site.app().accounts().addUser(name, role, "test");
        Staffer staffer = new Staffer(site, name, null);
        staffer.logIn(user.oneTimePassword());
        staffer.form("/password", "current", user.oneTimePassword(), "password", "a long new password", "repeat", "a long new password");
        return staffer;
    }

    /** Someone who will log in through the form by {@code name} (whether or not such a user exists). */
    public static Staffer named(RunningApp site, String name) {
        return new Staffer(site, name, null);
    }

    /** Logs in through the form: first the page (for its CSRF cookie and field), then the post. */
    public HttpResponse<String> logIn(String password) {
        HttpResponse<String> page = site.get("/login");
        String loginCookie = cookie(page, Cookies.LOGIN);
        String formToken = csrfOf(page.body());
        HttpResponse<String> response = site.request("POST", "/login", encode("name", name, "password", password, "csrf", formToken),
                "Content-Type", "application/x-www-form-urlencoded", "Cookie", Cookies.LOGIN + "=" + loginCookie);
        String session = cookie(response, Cookies.SESSION);
        if (session != null) {
            cookie = session;
            csrf = csrfOf(site.get("/password", "Cookie", sessionCookie()).body());
        }
        return response;
    }

    /** A JSON call of the API with this staffer's token (or session and CSRF header when they have no token). */
    public HttpResponse<String> api(String method, String path, String json) {
        List<String> headers = new ArrayList<>(List.of("Content-Type", "application/json"));
        if (token != null) headers.addAll(List.of("Authorization", "Bearer " + token));
        else headers.addAll(List.of("Cookie", sessionCookie(), "X-CSRF-Token", csrf));
        return site.request(method, path, json, headers.toArray(String[]::new));
    }

    /** A form post with the session cookie and its CSRF token. */
    public HttpResponse<String> form(String path, String... fields) {
        List<String> all = new ArrayList<>(List.of(fields));
        all.addAll(List.of("csrf", csrf == null ? "" : csrf));
        return site.request("POST", path, encode(all.toArray(String[]::new)), "Content-Type", "application/x-www-form-urlencoded",
                "Cookie", sessionCookie());
    }

    public HttpResponse<String> page(String path) {
        return site.get(path, "Cookie", sessionCookie());
    }

    public String sessionCookie() { return Cookies.SESSION + "=" + cookie; }

    public String token() { return token; }

    static String csrfOf(String html) {
        Matcher m = CSRF.matcher(html);
        return m.find() ? m.group(1) : null;
    }

    static String cookie(HttpResponse<String> response, String name) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            if (header.startsWith(name + "=")) {
                String value = header.substring(name.length() + 1, header.indexOf(';'));
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    static String encode(String... pairs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (out.length() > 0) out.append('&');
            out.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return out.toString();
    }
}
