package dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.story.Story;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HttpSemanticsTest extends WebTest {

    @Test
    void headAnswersWithGetsStatusAndHeadersAndNoBody() {
        Story story = file("Ferries halted by the storm");
        for (String path : new String[] {"/", "/news/" + story.id() + "/" + story.slug(), "/news/doesnotexist",
                "/api/v1/stories", "/api/v1/stories/doesnotexist", "/healthz", "/history/" + story.id()}) {
            HttpResponse<String> get = site.get(path);
            HttpResponse<String> head = site.send("HEAD", path);

            assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode());
            assertThat(head.headers().firstValue("Content-Type")).as(path).isEqualTo(get.headers().firstValue("Content-Type"));
            assertThat(head.headers().firstValue("ETag")).as(path).isEqualTo(get.headers().firstValue("ETag"));
            assertThat(head.body()).as(path).isEmpty();
        }
    }

    @Test
    void aMethodARouteDoesNotTakeIs405WithTheMethodsItTakes() {
        Story story = file("Strike ends");
        for (String method : new String[] {"PUT", "DELETE", "POST"}) {
            HttpResponse<String> page = site.send(method, "/news/" + story.id() + "/" + story.slug());
            HttpResponse<String> api = site.send(method, "/api/v1/stories");

            assertThat(page.statusCode()).as(method).isEqualTo(405);
            assertThat(page.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET", "HEAD"));
            assertThat(page.body()).contains("<h1 class=\"page-title\">Method not allowed</h1>");
            assertThat(api.statusCode()).isEqualTo(405);
            assertThat(api.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
            assertThat(api.body()).startsWith("{\"error\":").contains("\"status\":405");
        }
    }

    @Test
    void aPathNoRouteHasIsStill404() {
        assertThat(site.send("PUT", "/nowhere").statusCode()).isEqualTo(404);
    }

    @Test
    void numbersInParametersAreAsciiDigitsOnly() {
        HttpResponse<String> arabic = site.get("/api/v1/stories?limit=%D9%A3");
        HttpResponse<String> fullWidth = site.get("/api/v1/stories?limit=%EF%BC%93");

        assertThat(arabic.statusCode()).isEqualTo(400);
        assertThat(arabic.body()).contains("ASCII digits");
        assertThat(fullWidth.statusCode()).isEqualTo(400);
        assertThat(site.get("/api/v1/stories?limit=3").statusCode()).isEqualTo(200);
    }

    @Test
    void aCursorWithOtherScriptsDigitsIsRefused() {
        String cursor = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("١٧٠٠٠٠٠٠٠٠٠٠٠:abc".getBytes(StandardCharsets.UTF_8));

        assertThat(site.get("/api/v1/stories?before=" + cursor).statusCode()).isEqualTo(400);
    }

    @Test
    void anErrorMessageCutsWhatItEchoes() {
        String id = "a".repeat(7000);

        HttpResponse<String> api = site.get("/api/v1/stories/" + id);
        HttpResponse<String> page = site.get("/news/" + id);
        HttpResponse<String> format = site.get("/api/v1/stories?format=" + "x".repeat(7000));

        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.body().length()).isLessThan(400);
        assertThat(page.body()).doesNotContain("a".repeat(200));
        assertThat(format.body().length()).isLessThan(500);
    }
}
