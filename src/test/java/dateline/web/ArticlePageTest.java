package dateline.web;

import static dateline.story.StoryFixtures.content;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dateline.story.Story;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ArticlePageTest extends WebTest {
    private static String path(Story story) { return "/news/" + story.id() + "/" + story.slug(); }

    @Test
    void anArticleShowsHeadlineStandfirstDatelineParagraphsAndSubheadings() {
        Story story = file("Ferries halted by ice in Oslo harbour");

        var response = site.get(path(story));
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(page.select("h1").text()).isEqualTo("Ferries halted by ice in Oslo harbour");
        assertThat(page.select(".standfirst").text()).isEqualTo("The port expects ferries to run again by Friday");
        assertThat(page.select(".body p .dateline").text()).isEqualTo("OSLO, March 3. /DTL/.");
        assertThat(page.select(".body p").first().text()).startsWith("OSLO, March 3. /DTL/. Ferries halted");
        assertThat(page.select(".body h2").text()).isEqualTo("What comes next");
        assertThat(page.select(".tags li").eachText()).contains("Person Ingrid Solberg", "Place Oslo");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://test.example" + path(story));
    }

    @Test
    void theUpdatedTimeIsRenderedOnTheServerInATimeElement() {
        Story story = file("Ferries halted by ice in Oslo harbour");

        Document page = Jsoup.parse(site.get(path(story)).body());

        var time = page.select(".times time").first();
        assertThat(time.attr("datetime")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?\\+0[12]:00");
        assertThat(time.text()).isNotBlank().contains(":");
        assertThat(page.select(".times").text()).startsWith("Updated at").doesNotContain("Published at");
    }

    @Test
    void anUpdatedArticleShowsBothItsUpdatedAndPublishedTimes() {
        Story story = file("Ferries halted by ice in Oslo harbour");
        site.app().stories().update(story.id(), content("Ferries resume in Oslo harbour"), 1);

        Document page = Jsoup.parse(site.get("/news/" + story.id() + "/ferries-resume-in-oslo-harbour").body());

        assertThat(page.select(".times").text()).contains("Updated at").contains("Published at");
        assertThat(page.select(".history-link a").attr("href")).isEqualTo("/history/" + story.id());
    }

    @Test
    void theArticleCarriesSchemaOrgNewsArticleJsonLd() throws Exception {
        Story story = file("Ferries halted by ice in Oslo harbour");

        Document page = Jsoup.parse(site.get(path(story)).body());
        JsonNode ld = new ObjectMapper().readTree(page.select("script[type=application/ld+json]").html());

        assertThat(ld.get("@type").asText()).isEqualTo("NewsArticle");
        assertThat(ld.get("headline").asText()).isEqualTo("Ferries halted by ice in Oslo harbour");
        assertThat(ld.get("datePublished").asText()).isEqualTo(story.firstCreated().toString());
        assertThat(ld.get("locationCreated").get("name").asText()).isEqualTo("OSLO");
    }

    @Test
    void aClientWithTheCurrentVersionGetsNotModified() {
        Story story = file("Ferries halted by ice in Oslo harbour");
        var first = site.get(path(story));

        var byEtag = site.get(path(story), "If-None-Match", first.headers().firstValue("ETag").orElseThrow());
        var byDate = site.get(path(story), "If-Modified-Since", first.headers().firstValue("Last-Modified").orElseThrow());

        assertThat(byEtag.statusCode()).isEqualTo(304);
        assertThat(byDate.statusCode()).isEqualTo(304);
        assertThat(byEtag.body()).isEmpty();
    }

    @Test
    void aNewVersionInvalidatesTheClientsCopy() {
        Story story = file("Ferries halted by ice in Oslo harbour");
        String etag = site.get(path(story)).headers().firstValue("ETag").orElseThrow();
        site.app().stories().update(story.id(), content("Ferries halted by ice in Oslo harbour"), 1);

        var response = site.get(path(story), "If-None-Match", etag);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
    }

    @Test
    void anOtherSlugRedirectsToTheStorysOwnAddress() {
        Story story = file("Ferries halted by ice in Oslo harbour");

        var response = site.get("/news/" + story.id() + "/old-words");

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).contains(path(story));
    }

    @Test
    void anUnknownStoryIsANotFoundPageNotAStackTrace() {
        var response = site.get("/news/doesnotexist/anything");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Not found");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at dateline.");
    }

    @Test
    void aWithdrawnStoryIsGoneWithAnExplanation() {
        Story story = file("Ferries halted by ice in Oslo harbour");
        site.app().stories().withdraw(story.id(), 1);

        var response = site.get(path(story));

        assertThat(response.statusCode()).isEqualTo(410);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("This story was withdrawn");
    }

    @Test
    void theHistoryPageListsEveryVersionNewestFirst() {
        Story story = file("Ferries halted by ice in Oslo harbour");
        site.app().stories().update(story.id(), content("Ferries resume in Oslo harbour"), 1);

        Document page = Jsoup.parse(site.get("/history/" + story.id()).body());

        assertThat(page.select("tbody tr")).hasSize(2);
        assertThat(page.select("tbody tr").first().text()).startsWith("2 updated").endsWith("Ferries resume in Oslo harbour");
        assertThat(page.select("tbody tr time").first().attr("datetime")).isNotBlank();
    }
}
