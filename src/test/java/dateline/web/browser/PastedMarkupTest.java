package dateline.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dateline.auth.Role;
import dateline.formats.Json;
import dateline.web.Staffer;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.NoAlertPresentException;

/**
 * Markup and script pasted into every field of a story, and into its notes, is shown as text on
 * every page that shows it, and never runs: vectors from OWASP's XSS filter evasion cheat sheet,
 * checked in the real browser (an alert would be left open; an injected element would be in the page).
 */
@ExtendWith(ChromiumInstalled.class)
class PastedMarkupTest extends FreshSiteBrowserTest {
    static final List<String> VECTORS = List.of(
            "<script>alert('XSS')</script>",
            "<IMG SRC=x onerror=\"alert('XSS')\">",
            "<svg/onload=alert('XSS')>",
            "\"><script>alert(1)</script>",
            "'';!--\"<XSS>=&{()}",
            "<iframe src=\"javascript:alert('XSS');\"></iframe>",
            "<a href=\"javascript:alert(1)\">click</a>",
            "<BODY ONLOAD=alert('XSS')>",
            "</textarea><script>alert(1)</script>",
            "</title><script>alert(1)</script>",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">");
    static final String ALL = String.join(" ", VECTORS);
    // The All news page's own script (live headlines) is the one script a page may hold in main.
    static final String INJECTED = "main script:not([src='/static/live.js']), main img, main svg, main iframe, main math, main xss, main a[href^=javascript], body[onload]";

    @Test
    void theXssFilterEvasionVectorsPastedInEveryFieldNeverRun() {
        Staffer editor = Staffer.loggedIn(site, "erika", Role.ADMIN);
        ObjectNode story = Json.object().put("headline", "Vectors " + VECTORS.get(0) + VECTORS.get(1) + VECTORS.get(9))
                .put("standfirst", ALL).put("place", VECTORS.get(3)).put("section", "world").put("byline", VECTORS.get(8) + VECTORS.get(2))
                .put("body", String.join("\n\n", VECTORS) + "\n\n## " + VECTORS.get(5)).put("slugline", "XSS-TEST");
        HttpResponse<String> created = editor.api("POST", "/api/v1/newsroom/stories", Json.write(story));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = created.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        editor.api("POST", "/api/v1/newsroom/stories/" + id + "/publish", "{\"version\":1}");
        editor.api("POST", "/api/v1/newsroom/stories/" + id + "/correct", Json.write(Json.object().put("version", 2).put("note", ALL)));
        String article = site.app().stories().get(id).slug();

        browser.open(url("/login"));
        browser.driver().manage().addCookie(new Cookie("dateline_session", editor.sessionCookie().substring("dateline_session=".length())));
        for (String path : List.of("/", "/news/" + id + "/" + article, "/history/" + id, "/newsroom", "/newsroom/stories/" + id,
                "/newsroom/stories/" + id + "/edit", "/newsroom/stories/" + id + "/correct", "/newsroom/stories/" + id + "/history?from=1&to=3",
                "/admin/audit", "/api/v1/stories/" + id)) {
            browser.open(url(path));
            assertNothingRan(path);
        }
        browser.open(url("/news/" + id + "/" + article));
        assertThat(browser.driver().findElement(org.openqa.selenium.By.cssSelector(".body")).getText()).contains(VECTORS.get(0), VECTORS.get(1));
        browser.screenshot("newsroom-pasted-markup");

        editor.api("POST", "/api/v1/newsroom/stories/" + id + "/withdraw", Json.write(Json.object().put("version", 3).put("note", ALL)));
        browser.open(url("/news/" + id + "/" + article));
        assertNothingRan("the withdrawn article");
        assertThat(browser.driver().getPageSource()).contains("&lt;script&gt;alert('XSS')&lt;/script&gt;");
    }

    private void assertNothingRan(String page) {
        try {
            browser.driver().switchTo().alert();
            throw new AssertionError("an alert opened on " + page);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector(INJECTED))).as("elements injected on %s", page).isEmpty();
    }
}
