package dateline.web;

import static dateline.search.NewsStories.story;
import static org.assertj.core.api.Assertions.assertThat;

import dateline.story.Story;
import dateline.story.StoryService;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchPageTest extends WebTest {
    private Story talks;

    @BeforeEach
    void newsroom() {
        StoryService stories = site.app().stories();
        talks = story("Russia ready to resume arms control talks", "world", "Moscow is ready to resume talks <at once>.")
                .about("Anatoly Antonov").in("Washington").quote("Anatoly Antonov", "We are ready").fileWith(stories);
        story("Parliament agrees on a budget after long talks", "politics", "Parliament agreed after a night of talks.")
                .in("Oslo").fileWith(stories);
    }

    private Document page(String q) {
        var response = site.get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(q).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    @Test
    void everyPagesHeaderLinksToSearch() {
        for (String path : new String[] {"/", "/news/" + talks.id() + "/" + talks.slug(), "/search", "/no/such/page"}) {
            assertThat(Jsoup.parse(site.get(path).body()).select("header.masthead a[href=/search]")).as(path).hasSize(1);
        }
    }

    @Test
    void theSearchPageListsTheHitsWithHighlightedEscapedFragments() {
        Document page = page("resume");

        assertThat(page.select(".hits .news-headline a").eachText()).containsExactly(talks.headline());
        assertThat(page.select(".highlight mark").eachText()).contains("resume");
        assertThat(page.select(".highlight").html()).contains("&lt;at once&gt;");
        assertThat(page.select("#search-q").val()).isEqualTo("resume");
        assertThat(page.select("#hits-title").text()).isEqualTo("1 story found");
    }

    @Test
    void aFacetLinkNarrowsTheSearch() {
        Document all = page("talks");
        String politics = all.select(".facets a:containsOwn(politics)").attr("href");

        Document narrowed = Jsoup.parse(site.get(politics).body());

        assertThat(all.select(".hits .news-headline").size()).isEqualTo(2);
        assertThat(politics).contains("section%3A%22politics%22");
        assertThat(narrowed.select(".hits .news-headline").eachText()).containsExactly("Parliament agrees on a budget after long talks");
    }

    @Test
    void anUnreadableQueryShowsWhatWasWrongAndTheClosestSearch() {
        Document unclosed = page("\"resume talks");
        Document parens = page("((");
        Document emptyField = page("talks person:");

        assertThat(unclosed.select(".notice").text()).contains("quotation mark").contains("\"resume talks\"");
        assertThat(unclosed.select(".hits .news-headline").eachText()).containsExactly(talks.headline());
        assertThat(parens.select(".notice").text()).contains("parenthesis");
        assertThat(parens.select(".hits")).isEmpty();
        assertThat(emptyField.select(".notice").text()).contains("person: needs a value");
        assertThat(emptyField.select(".hits .news-headline")).hasSize(2);
    }

    @Test
    void sortingByTimeIsALinkAway() {
        Document page = page("talks");

        String byTime = page.select(".sort a").attr("href");
        Document sorted = Jsoup.parse(site.get(byTime).body());

        assertThat(byTime).endsWith("&sort=time");
        assertThat(sorted.select(".hits .news-headline").eachText()).first().isEqualTo("Parliament agrees on a budget after long talks");
    }
}
