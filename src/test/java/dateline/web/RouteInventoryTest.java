package dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.auth.Role;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.RouteRole;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every route the app registers, read from Javalin itself: each newsroom, admin and newsroom-API
 * route names who may use it, and refuses anyone signed out and anyone of too low a role. A new
 * route under those paths without an {@link Access} fails here before it can ship.
 */
class RouteInventoryTest extends WebTest {
    private static final List<String> GUARDED = List.of("/newsroom", "/admin", "/api/v1/newsroom", "/logout", "/password");

    record Route(String method, String path, Access access) {
        String concretePath() { return path.replace("{id}", "no-such-story").replace("{name}", "nobody"); }
    }

    List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (ParsedEndpoint parsed : site.app().web().unsafe.internalRouter.allHttpHandlers()) {
            var endpoint = parsed.endpoint;
            // Before and after handlers (the gate itself) are not routes; HEAD ones are (WebApp adds one per GET).
            if (!endpoint.method.isHttpMethod()) continue;
            io.javalin.security.Roles roles = endpoint.metadata(io.javalin.security.Roles.class);
            Set<RouteRole> set = roles == null ? Set.of() : roles.getRoles();
            routes.add(new Route(endpoint.method.name(), endpoint.path, set.isEmpty() ? null : (Access) set.iterator().next()));
        }
        return routes;
    }

    static boolean guarded(String path) {
        return GUARDED.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    @Test
    void everyNewsroomAndAdminRouteNamesWhoMayUseIt() {
        List<Route> routes = routes();

        assertThat(routes).extracting(Route::path).contains("/", "/newsroom", "/admin/users", "/api/v1/newsroom/stories");
        assertThat(routes.stream().filter(r -> guarded(r.path()))).hasSizeGreaterThan(25)
                .allSatisfy(r -> assertThat(r.access()).as("%s %s", r.method(), r.path()).isNotNull());
        // A new public route is added to this list on purpose, never by forgetting its Access.
        assertThat(routes.stream().filter(r -> r.access() == null)).extracting(Route::path)
                .containsOnly("/", "/news/{id}", "/news/{id}/{slug}", "/history/{id}", "/api/v1/stories", "/api/v1/stories/{id}",
                        "/healthz", "/login", "/feed.rss", "/feed.atom", "/feed.json", "/sitemap-news.xml",
                        "/search", "/person/{slug}", "/place/{slug}", "/org/{slug}",
                        "/api/v1/search", "/api/v1/people/{slug}", "/api/v1/places/{slug}", "/api/v1/organisations/{slug}",
                        // the wire: no staff role, but a client's key, checked by the next test
                        "/api/v1/wire", "/api/v1/wire/stream", "/api/v1/wire/deliveries", "/api/v1/wire/headlines");
        assertThat(routes).as("HEAD of a guarded GET is guarded alike")
                .contains(new Route("HEAD", "/admin/users", Access.ADMIN), new Route("HEAD", "/newsroom", Access.STAFF));
    }

    @Test
    void everyWireRouteButThePublicHeadlinesRefusesARequestWithoutAClientKey() {
        for (Route route : routes()) {
            if (!route.path().startsWith("/api/v1/wire") || route.path().equals("/api/v1/wire/headlines")) continue;
            HttpResponse<String> response = site.request(route.method(), route.concretePath(), "", "Accept", "application/json");
            assertThat(response.statusCode()).as("%s %s", route.method(), route.path()).isEqualTo(401);
        }
    }

    @Test
    void everyGuardedRouteRefusesSomeoneSignedOut() {
        for (Route route : routes()) {
            if (route.access() == null) continue;
            HttpResponse<String> response = site.request(route.method(), route.concretePath(), "{}",
                    "Content-Type", "application/json");
            if (route.path().startsWith("/api/")) {
                assertThat(response.statusCode()).as("%s %s", route.method(), route.path()).isEqualTo(401);
            } else {
                assertThat(response.statusCode()).as("%s %s", route.method(), route.path()).isEqualTo(303);
                assertThat(response.headers().firstValue("Location").orElse("")).startsWith("/login");
            }
        }
    }

    @Test
    void everyGuardedRouteRefusesAnUnknownToken() {
        for (Route route : routes()) {
            if (route.access() == null) continue;
            HttpResponse<String> response = site.request(route.method(), route.concretePath(), "{}",
                    "Authorization", "Bearer dtl_not-a-token");
            assertThat(response.statusCode()).as("%s %s", route.method(), route.path()).isEqualTo(401);
        }
    }

    @Test
    void everyEditorAndAdminRouteRefusesTooLowARoleWith403() {
        Staffer reporter = Staffer.withToken(site, "ravi", Role.REPORTER);
        Staffer editor = Staffer.withToken(site, "erika", Role.EDITOR);
        int checked = 0;
        for (Route route : routes()) {
            if (route.access() == null) continue;
            for (Staffer who : List.of(reporter, editor)) {
                Role role = who == reporter ? Role.REPORTER : Role.EDITOR;
                if (role.allows(route.access().role())) continue;
                HttpResponse<String> response = site.request(route.method(), route.concretePath(), "{}",
                        "Authorization", "Bearer " + who.token(), "Content-Type", "application/json");
                assertThat(response.statusCode()).as("%s %s as %s", route.method(), route.path(), role).isEqualTo(403);
                checked++;
            }
        }
        assertThat(checked).as("routes above a reporter or an editor").isGreaterThan(15);
    }

    @Test
    void aSessionWithoutItsCsrfTokenChangesNothing() {
        Staffer editor = Staffer.loggedIn(site, "erika", Role.EDITOR);
        int checked = 0;
        for (Route route : routes()) {
            if (route.access() == null || route.method().equals("GET") || route.method().equals("HEAD")) continue;
            HttpResponse<String> response = site.request(route.method(), route.concretePath(), "{}",
                    "Cookie", editor.sessionCookie(), "Content-Type", "application/json");
            assertThat(response.statusCode()).as("%s %s", route.method(), route.path()).isEqualTo(403);
            checked++;
        }
        assertThat(checked).isGreaterThan(15);
        assertThat(site.app().stories().headSeq()).isZero();
    }

    @Test
    void noGuardedRouteFailsOnAnAdminsTokenAndUnknownIdsOrAnEmptyBody() {
        Staffer admin = Staffer.withToken(site, "ada", Role.ADMIN);
        for (Route route : routes()) {
            if (route.access() == null) continue;
            HttpResponse<String> response = site.request(route.method(), route.concretePath(), "{}",
                    "Authorization", "Bearer " + admin.token(), "Content-Type", "application/json");
            assertThat(response.statusCode()).as("%s %s: %s", route.method(), route.path(), response.body()).isLessThan(500);
        }
    }
}
