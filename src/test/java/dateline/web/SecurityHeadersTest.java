package dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.story.Story;
import io.javalin.router.ParsedEndpoint;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest extends WebTest {

    /** Every route the app has, with its path parameters filled in from a real story. */
    private List<String[]> everyRoute(Story story) {
        List<String[]> routes = new ArrayList<>();
        for (ParsedEndpoint endpoint : site.app().web().unsafe.internalRouter.allHttpHandlers()) {
            // Before-handlers (the newsroom's gate, path "*") are no route to request.
            if (!endpoint.endpoint.method.isHttpMethod()) continue;
            String path = endpoint.endpoint.path
                    .replace("{id}", story.id()).replace("{slug}", story.slug()).replaceAll("\\{[^}]+}", "x");
            routes.add(new String[] {endpoint.endpoint.method.name(), path});
        }
        return routes;
    }

    private static void assertSecure(String what, java.net.http.HttpHeaders headers) {
        assertThat(headers.firstValue("Content-Security-Policy")).as(what).hasValueSatisfying(csp -> {
            assertThat(csp).contains("frame-ancestors 'none'", "default-src 'none'").doesNotContain("unsafe-inline");
        });
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).as(what).isPresent();
    }

    @Test
    void everyRouteAnswersWithTheSecurityHeaders() {
        Story story = file("Pope dies");
        List<String[]> routes = everyRoute(story);

        assertThat(routes).extracting(r -> r[1]).contains("/", "/api/v1/stories", "/healthz");
        for (String[] route : routes) {
            // Headers only: the wire's streams never end.
            HttpResponse<Void> answer = site.head(route[0], route[1]);
            assertSecure(route[0] + " " + route[1], answer.headers());
        }
    }

    @Test
    void errorsRedirectsAndStaticFilesCarryTheSecurityHeadersToo() {
        Story story = file("Pope dies");
        assertSecure("404 page", site.get("/nowhere").headers());
        assertSecure("404 api", site.get("/api/v1/stories/nothing").headers());
        assertSecure("400 api", site.get("/api/v1/stories?limit=x").headers());
        assertSecure("405", site.send("DELETE", "/").headers());
        assertSecure("redirect", site.get("/news/" + story.id() + "/other-slug").headers());
        assertSecure("static file", site.get("/static/style.css").headers());
    }

    @Test
    void pagesHaveNoInlineScriptOrStyleOnlyTheJsonLdDataBlock() {
        Story story = file("Pope dies");
        String article = site.get("/news/" + story.id() + "/" + story.slug()).body();

        assertThat(article).doesNotContain("<style", "style=", "onload=", "onclick=");
        assertThat(article.split("<script", -1)).hasSize(2);
        assertThat(article).contains("<script type=\"application/ld+json\">");
    }

    private static String rawGet(String target) {
        return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
    }

    @Test
    void aNulInThePathIsAnsweredInTheProjectsErrorFormat() {
        String answer = site.raw(rawGet("/news/a%00b").getBytes(StandardCharsets.ISO_8859_1));

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).contains("Content-Security-Policy: ", "X-Content-Type-Options: nosniff",
                "charset=utf-8", "<h1 class=\"page-title\">Bad request</h1>");
        assertThat(answer).doesNotContain("iso-8859-1");
    }

    @Test
    void invalidUtf8InAnApiPathIsAJsonError() {
        String answer = site.raw(rawGet("/api/v1/stories/%C3%28").getBytes(StandardCharsets.ISO_8859_1));

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).contains("application/json", "{\"error\":", "\"status\":400", "nosniff");
    }

    @Test
    void aHundredKilobyteUrlIs414InTheProjectsFormat() {
        String answer = site.raw(rawGet("/?q=" + "a".repeat(100_000)).getBytes(StandardCharsets.ISO_8859_1));

        assertThat(answer).startsWith("HTTP/1.1 414");
        assertThat(answer).contains("charset=utf-8", "Address too long", "frame-ancestors 'none'");
    }

    @Test
    void anOversizedHeaderIs431InTheProjectsFormat() {
        String request = "GET /api/v1/stories HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n";

        String answer = site.raw(request.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(answer).startsWith("HTTP/1.1 431");
        assertThat(answer).contains("\"status\":431", "nosniff");
    }
}
