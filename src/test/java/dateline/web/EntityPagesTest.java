package dateline.web;

import static dateline.search.NewsStories.story;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dateline.SharedData;
import dateline.story.Quote;
import dateline.story.Story;
import dateline.story.StoryService;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class EntityPagesTest extends WebTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Story importSeed() throws Exception {
        byte[] seed = Files.readAllBytes(SharedData.require("corpus/seed/000.txt"));
        var filing = site.app().importer().filing("000.txt", seed, null, "world", LocalDate.of(2020, 9, 12));
        return site.app().stories().file(filing).story();
    }

    @Test
    void everyQuoteOfAnatolyAntonovInTheSeedAppearsOnHisPage() throws Exception {
        Story seed = importSeed();
        List<String> his = seed.content().quotes().stream().filter(q -> "Anatoly Antonov".equals(q.speaker())).map(Quote::text).toList();
        JsonNode gold = JSON.readTree(SharedData.require("corpus/seed/000.gold.json").toFile());

        var response = site.get("/person/anatoly-antonov");

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("Anatoly Antonov");
        assertThat(page.select("#said-title").text()).isEqualTo("What they said");
        List<String> shown = page.select(".said blockquote").eachText();
        assertThat(his).hasSize(7);
        assertThat(shown).containsExactlyElementsOf(his);
        for (JsonNode quote : gold.get("quotes")) {
            assertThat(shown).anySatisfy(text -> assertThat(text).startsWith(quote.get("text").asText()));
        }
        assertThat(page.select(".said .news-meta a").eachAttr("href")).allMatch(href -> href.equals("/news/" + seed.id() + "/" + seed.slug()));
        assertThat(page.select(".entity .news-headline").text()).isEqualTo(seed.headline());
    }

    @Test
    void theApiGivesAPersonsStoriesAndEveryQuoteAsJson() throws Exception {
        Story seed = importSeed();

        JsonNode person = JSON.readTree(site.get("/api/v1/people/anatoly-antonov").body());

        assertThat(person.get("name").asText()).isEqualTo("Anatoly Antonov");
        assertThat(person.get("kind").asText()).isEqualTo("person");
        assertThat(person.get("items").get(0).get("id").asText()).isEqualTo(seed.id());
        assertThat(person.get("said")).hasSize(7);
        assertThat(person.get("said").get(0).get("story").get("id").asText()).isEqualTo(seed.id());
        assertThat(site.get("/api/v1/places/washington").statusCode()).isEqualTo(200);
        assertThat(site.get("/api/v1/organisations/tass").statusCode()).isEqualTo(200);
        assertThat(site.get("/api/v1/people/nobody-at-all").statusCode()).isEqualTo(404);
    }

    @Test
    void theArticlesEntityTagsLinkToTheirPages() throws Exception {
        Story seed = importSeed();

        Document article = Jsoup.parse(site.get("/news/" + seed.id() + "/" + seed.slug()).body());

        List<String> links = article.select(".tags a").eachAttr("href");
        assertThat(links).contains("/person/anatoly-antonov", "/place/washington", "/org/tass");
        for (String link : links) assertThat(site.get(link).statusCode()).as(link).isEqualTo(200);
    }

    @Test
    void placeAndOrganisationPagesListTheirStoriesNewestFirst() {
        StoryService stories = site.app().stories();
        Story older = story("Ferries halted by ice", "world", "Ice again.").in("Oslo").org("Oslo Port Authority").fileWith(stories);
        Story newer = story("Ferries run again", "world", "The ice melted.").in("Oslo").fileWith(stories);

        Document place = Jsoup.parse(site.get("/place/oslo").body());
        Document org = Jsoup.parse(site.get("/org/oslo-port-authority").body());

        assertThat(place.select(".news-headline").eachText()).containsExactly(newer.headline(), older.headline());
        assertThat(place.select(".said")).isEmpty();
        assertThat(org.select(".news-headline").eachText()).containsExactly(older.headline());
        assertThat(site.get("/place/atlantis").statusCode()).isEqualTo(404);
    }

    @Test
    void anArticleShowsUpToFiveRelatedStoriesNeverItselfOrAWithdrawnOne() {
        StoryService stories = site.app().stories();
        List<Story> filed = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            filed.add(story("Ferry strike day " + i + " in the Oslo fjord", "world",
                    "Ferry crews on strike in the Oslo fjord, the union said; day " + i + ".").in("Oslo").about("Ingrid Solberg").fileWith(stories));
        }
        story("Budget talks in parliament", "politics", "Parliament agreed on the budget.").fileWith(stories);
        Story withdrawn = filed.get(1);
        stories.withdraw(withdrawn.id(), withdrawn.version());
        Story article = filed.get(0);

        Document page = Jsoup.parse(site.get("/news/" + article.id() + "/" + article.slug()).body());

        List<String> related = page.select(".related a").eachText();
        assertThat(related).hasSize(5).doesNotContain(article.headline(), withdrawn.headline(), "Budget talks in parliament")
                .allMatch(h -> h.startsWith("Ferry strike day"));
    }
}
