package dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.auth.NewUser;
import dateline.auth.Role;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class LoginTest extends WebTest {

    @Test
    void aOneTimePasswordMustBeChangedBeforeAnythingElse() {
        NewUser user = site.app().accounts().addUser("nina", Role.EDITOR, "test");
        Staffer staffer = Staffer.named(site, "nina");

        HttpResponse<String> login = staffer.logIn(user.oneTimePassword());

        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(login.headers().firstValue("Location")).hasValue("/password");
        assertThat(staffer.page("/newsroom").headers().firstValue("Location")).hasValue("/password");
        HttpResponse<String> changed = staffer.form("/password", "current", user.oneTimePassword(),
                "password", "a long new password", "repeat", "a long new password");
        assertThat(changed.headers().firstValue("Location")).hasValue("/newsroom?done=password");
        assertThat(staffer.page("/newsroom").statusCode()).isEqualTo(200);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        NewUser user = site.app().accounts().addUser("nina", Role.EDITOR, "test");
        Staffer staffer = Staffer.named(site, "nina");

        HttpResponse<String> login = staffer.logIn(user.oneTimePassword());

        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(Cookies.SESSION)).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Strict", "Path=/", "Max-Age=");
    }

    @Test
    void aLoginPostWithoutTheFormsCsrfTokenIsRefused() {
        NewUser user = site.app().accounts().addUser("nina", Role.EDITOR, "test");

        HttpResponse<String> response = site.request("POST", "/login",
                Staffer.encode("name", "nina", "password", user.oneTimePassword(), "csrf", "forged"),
                "Content-Type", "application/x-www-form-urlencoded", "Cookie", Cookies.LOGIN + "=other");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Staffer.cookie(response, Cookies.SESSION)).isNull();
    }

    @Test
    void aWrongPasswordIs401AndSaysNotWhichPartWasWrong() {
        site.app().accounts().addUser("nina", Role.EDITOR, "test");

        HttpResponse<String> wrong = Staffer.named(site, "nina").logIn("not the password");
        HttpResponse<String> nobody = Staffer.named(site, "nobody").logIn("not the password");

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("Wrong name or password.");
        assertThat(nobody.statusCode()).isEqualTo(401);
        assertThat(nobody.body()).contains("Wrong name or password.");
    }

    @Test
    void repeatedFailuresForOneAccountAre429WithRetryAfterEvenWithTheRightPassword() {
        NewUser user = site.app().accounts().addUser("nina", Role.EDITOR, "test");
        Staffer nina = Staffer.named(site, "nina");
        for (int i = 0; i < 5; i++) assertThat(nina.logIn("guess " + i).statusCode()).isEqualTo(401);

        HttpResponse<String> held = nina.logIn(user.oneTimePassword());

        assertThat(held.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(held.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 900L);
        assertThat(Staffer.cookie(held, Cookies.SESSION)).isNull();
    }

    @Test
    void oneAddressTryingManyAccountsIsHeldToo() {
        for (int i = 0; i < 20; i++) Staffer.named(site, "user" + i).logIn("guess");

        HttpResponse<String> held = Staffer.named(site, "another").logIn("guess");

        assertThat(held.statusCode()).isEqualTo(429);
        assertThat(held.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void logoutEndsTheSessionOnTheServer() {
        Staffer editor = Staffer.loggedIn(site, "erika", Role.EDITOR);
        String oldCookie = editor.sessionCookie();
        assertThat(editor.page("/newsroom").statusCode()).isEqualTo(200);

        HttpResponse<String> out = editor.form("/logout");

        assertThat(out.statusCode()).isEqualTo(303);
        HttpResponse<String> replayed = site.get("/newsroom", "Cookie", oldCookie);
        assertThat(replayed.statusCode()).isEqualTo(303);
        assertThat(replayed.headers().firstValue("Location")).hasValue("/login?next=%2Fnewsroom");
    }

    @Test
    void aSessionCallsTheApiWithItsCsrfHeader() {
        Staffer editor = Staffer.loggedIn(site, "erika", Role.EDITOR);

        HttpResponse<String> created = editor.api("POST", "/api/v1/newsroom/stories", NewsroomApiTest.STORY);

        assertThat(created.statusCode()).isEqualTo(201);
    }

    @Test
    void everyActionIsInTheAuditLogWhichOnlyAdminsRead() {
        Staffer admin = Staffer.loggedIn(site, "ada", Role.ADMIN);
        Staffer editor = Staffer.loggedIn(site, "erika", Role.EDITOR);
        editor.api("POST", "/api/v1/newsroom/stories", NewsroomApiTest.STORY);

        String log = admin.page("/admin/audit").body();

        assertThat(log).contains("erika", "drafted", "login", "password-changed", "user-added");
        assertThat(editor.page("/admin/audit").statusCode()).isEqualTo(403);
    }

    @Test
    void theLoginPageSendsOnlyToPathsOfThisSite() {
        assertThat(site.get("/login?next=https://evil.example/").body()).contains("value=\"/newsroom\"");
        assertThat(site.get("/login?next=//evil.example/").body()).contains("value=\"/newsroom\"");
        assertThat(site.get("/login?next=/newsroom/new").body()).contains("value=\"/newsroom/new\"");
    }
}
