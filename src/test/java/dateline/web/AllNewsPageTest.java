package dateline.web;

import static dateline.story.StoryFixtures.content;
import static org.assertj.core.api.Assertions.assertThat;

import dateline.store.SqlStoryStore;
import dateline.story.Filing;
import dateline.story.StoryService;
import java.time.Clock;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class AllNewsPageTest extends WebTest {
    @Test
    void theNewestStoriesComeFirstWithHeadlineLinkStandfirstPlaceAndTime() {
        file("Older story", "world");
        file("Newer story", "world");

        Document page = Jsoup.parse(site.get("/").body());

        assertThat(page.select(".news-headline a").eachText()).containsExactly("Newer story", "Older story");
        assertThat(page.select(".news-headline a").first().attr("href")).matches("/news/[a-z0-9]+/newer-story");
        assertThat(page.select(".news-standfirst").first().text()).isEqualTo("The port expects ferries to run again by Friday");
        assertThat(page.select(".news-meta .place").first().text()).isEqualTo("OSLO");
        assertThat(page.select(".news-meta time").first().attr("datetime")).isNotBlank();
        assertThat(page.select(".news-meta time").first().text()).isNotBlank();
    }

    @Test
    void earlierNewsPagesOnThroughEveryStoryExactlyOnce() {
        for (int i = 1; i <= 65; i++) file("Story " + i, "world");

        var seen = new java.util.ArrayList<String>();
        String next = "/";
        while (next != null) {
            Document page = Jsoup.parse(site.get(next).body());
            seen.addAll(page.select(".news-headline a").eachText());
            var earlier = page.select("a[rel=next]");
            next = earlier.isEmpty() ? null : earlier.attr("href");
            if (seen.size() == 30) file("Story 66 arrives while paging", "world");
        }

        assertThat(seen).hasSize(65).doesNotHaveDuplicates().startsWith("Story 65").endsWith("Story 1");
        assertThat(Jsoup.parse(site.get("/").body()).select(".pager a").eachText()).containsExactly("Earlier news");
        assertThat(Jsoup.parse(site.get(earlierOf("/")).body()).select(".pager a").eachText())
                .containsExactly("Latest news", "Earlier news");
    }

    private String earlierOf(String path) {
        return Jsoup.parse(site.get(path).body()).select("a[rel=next]").attr("href");
    }

    @Test
    void aSectionShowsOnlyItsStories() {
        file("Budget passes", "politics");
        file("Storm nears coast", "world");

        Document page = Jsoup.parse(site.get("/?section=politics").body());

        assertThat(page.select(".news-headline a").eachText()).containsExactly("Budget passes");
        assertThat(page.select("nav[aria-label=Sections] a").eachText()).contains("politics", "world");
    }

    @Test
    void aNewStoryAppearsOnTheNextRequest() {
        file("First story", "world");
        site.get("/");

        file("Second story", "world");

        assertThat(Jsoup.parse(site.get("/").body()).select(".news-headline a").eachText())
                .containsExactly("Second story", "First story");
    }

    @Test
    void aStoryFiledByAnotherProcessAppearsWithoutARestart() throws InterruptedException {
        file("First story", "world");
        site.get("/");

        try (SqlStoryStore sameFile = SqlStoryStore.open(site.app().settings().jdbcUrl())) {
            new StoryService(sameFile, Clock.systemUTC()).file(new Filing(null, "file:other.txt", content("From the import")));
        }

        List<String> headlines = List.of();
        for (int tries = 0; tries < 150 && !headlines.contains("From the import"); tries++) {
            Thread.sleep(100);
            headlines = Jsoup.parse(site.get("/").body()).select(".news-headline a").eachText();
        }
        assertThat(headlines).containsExactly("From the import", "First story");
    }

    @Test
    void aForgedCursorIsABadRequestWithAMessage() {
        var response = site.get("/?before=not-a-cursor");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).text()).contains("cursor");
    }

    @Test
    void anUnknownAddressIsANotFoundPage() {
        var response = site.get("/no/such/page");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Not found");
    }
}
