package dateline.web;

import static dateline.search.NewsStories.story;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dateline.story.Story;
import dateline.story.StoryService;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchApiTest extends WebTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private Story talks;
    private Story ferries;
    private Story budget;

    @BeforeEach
    void newsroom() {
        StoryService stories = site.app().stories();
        talks = story("Russia ready to resume arms control talks", "world",
                "WASHINGTON. Moscow is ready to resume strategic stability talks with Washington, the ambassador said.")
                .about("Anatoly Antonov").in("Washington").in("Russia").org("State Department")
                .quote("Anatoly Antonov", "We are ready to talk at any level").fileWith(stories);
        ferries = story("Ferries halted by ice in Oslo harbour", "world",
                "OSLO. Ice has halted the ferries for a third day, the harbour authority said.")
                .about("Ingrid Solberg").in("Oslo").org("Oslo Port Authority")
                .quote("Ingrid Solberg", "We will reopen the quay as soon as the ice allows").fileWith(stories);
        budget = story("Parliament agrees on a budget after long talks", "politics",
                "OSLO. Parliament agreed on the budget after a night of talks; Anatoly Antonov was not involved.")
                .about("Jonas Gahr Store").in("Oslo").org("Storting").fileWith(stories);
    }

    private JsonNode search(String query) throws Exception {
        var response = site.get("/api/v1/search?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String q(String text) { return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8); }

    private static List<String> headlines(JsonNode results) {
        List<String> out = new ArrayList<>();
        results.get("items").forEach(i -> out.add(i.get("headline").asText()));
        return out;
    }

    @Test
    void aWordFindsTheStoriesThatUseItWithTheExactShapeOfTheApi() throws Exception {
        JsonNode results = search(q("talks"));

        assertThat(results.get("total").asLong()).isEqualTo(2);
        JsonNode first = results.get("items").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("id", "headline", "standfirst", "url", "updated", "highlights");
        assertThat(first.get("url").asText()).startsWith("http://test.example/news/");
        assertThat(first.get("updated").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*[+-]\\d\\d:\\d\\d|.*Z");
        assertThat(results.get("facets").fieldNames()).toIterable()
                .containsExactly("people", "places", "organisations", "section", "month");
        assertThat(results.has("next")).isTrue();
    }

    @Test
    void stemmingFindsOtherFormsOfAWordAndTheHeadlineWeighsMost() throws Exception {
        JsonNode results = search(q("talk"));

        assertThat(headlines(results)).containsExactlyInAnyOrder(talks.headline(), budget.headline());
        assertThat(headlines(search(q("resuming")))).containsExactly(talks.headline());
    }

    @Test
    void highlightsMarkTheWordsFoundAndEscapeTheText() throws Exception {
        JsonNode hit = search(q("ferries")).get("items").get(0);

        assertThat(hit.get("highlights").get(0).asText()).contains("<mark>ferries</mark>");
    }

    @Test
    void anExactPhraseFindsOnlyTheWordsInThatOrder() throws Exception {
        assertThat(headlines(search(q("\"night of talks\"")))).containsExactly(budget.headline());
        assertThat(headlines(search(q("\"talks of night\"")))).isEmpty();
    }

    @Test
    void andOrNotAndParenthesesCombineWords() throws Exception {
        assertThat(headlines(search(q("ferries OR budget")))).containsExactlyInAnyOrder(ferries.headline(), budget.headline());
        assertThat(headlines(search(q("talks NOT parliament")))).containsExactly(talks.headline());
        assertThat(headlines(search(q("(ice OR budget) AND oslo")))).containsExactlyInAnyOrder(ferries.headline(), budget.headline());
    }

    @Test
    void personFindsTheStoriesAboutThemNotThoseThatMerelyNameThem() throws Exception {
        assertThat(headlines(search(q("person:\"Anatoly Antonov\"")))).containsExactly(talks.headline());
        assertThat(headlines(search(q("antonov")))).containsExactlyInAnyOrder(talks.headline(), budget.headline());
    }

    @Test
    void saidFindsTheStoriesWhereThatPersonIsQuoted() throws Exception {
        assertThat(headlines(search(q("said:\"Ingrid Solberg\"")))).containsExactly(ferries.headline());
        assertThat(headlines(search(q("said:\"Jonas Gahr Store\"")))).isEmpty();
    }

    @Test
    void placeOrgAndSectionFilterByTheirCanonicalNames() throws Exception {
        assertThat(headlines(search(q("place:oslo")))).containsExactlyInAnyOrder(ferries.headline(), budget.headline());
        assertThat(headlines(search(q("org:\"State Department\"")))).containsExactly(talks.headline());
        assertThat(headlines(search(q("section:politics")))).containsExactly(budget.headline());
    }

    @Test
    void aDateRangeFindsTheStoriesUpdatedInIt() throws Exception {
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).toString();

        assertThat(search(q("updated:[" + today + " TO " + today + "]")).get("total").asLong()).isEqualTo(3);
        assertThat(search(q("updated:[2020-09-01 TO 2020-09-30]")).get("total").asLong()).isZero();
        assertThat(search(q("talks published:" + today)).get("total").asLong()).isEqualTo(2);
    }

    @Test
    void facetsCountTheMatchesByCanonicalNameAndAFacetClauseNarrowsTheSearch() throws Exception {
        JsonNode facets = search(q("oslo OR washington")).get("facets");

        assertThat(facets.get("places").toString()).contains("{\"value\":\"Oslo\",\"count\":2}");
        assertThat(facets.get("section").toString()).contains("{\"value\":\"world\",\"count\":2}", "{\"value\":\"politics\",\"count\":1}");
        assertThat(facets.get("month").get(0).get("count").asInt()).isEqualTo(3);
        JsonNode narrowed = search(q("oslo OR washington section:\"politics\""));
        assertThat(headlines(narrowed)).containsExactly(budget.headline());
    }

    @Test
    void malformedQueriesAre400sSayingWhatIsWrong() throws Exception {
        for (String[] bad : new String[][] {
                {"((", "parenthesis"}, {"\"unclosed", "quotation mark"}, {"person:", "person: needs a value"},
                {"nosuchfield:x", "unknown field nosuchfield"}, {"updated:[2020-13-01 TO 2020-09-30]", "dates are written"},
                {"talks)", "closing parenthesis"}, {"*talks", "cannot start with"}}) {
            var response = site.get("/api/v1/search?" + q(bad[0]));

            assertThat(response.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("error").get("message").asText()).as(bad[0]).contains(bad[1]);
        }
    }

    @Test
    void aWithdrawnStoryVanishesFromResultsAtOnce() throws Exception {
        site.app().stories().withdraw(ferries.id(), ferries.version());

        assertThat(headlines(search(q("ferries")))).isEmpty();
    }

    @Test
    void theCursorPagesThroughEveryMatchOnceWhileNewStoriesArrive() throws Exception {
        StoryService stories = site.app().stories();
        for (int i = 0; i < 7; i++) story("Harbour news number " + i, "world", "Harbour report " + i + ".").fileWith(stories);
        for (String sort : new String[] {"relevance", "time"}) {
            List<String> seen = new ArrayList<>();
            String next = "/api/v1/search?" + q("harbour") + "&limit=3&sort=" + sort;
            int arrivals = 0;
            long total = -1;
            while (next != null) {
                JsonNode page = JSON.readTree(site.get(next).body());
                if (total < 0) total = page.get("total").asLong();
                page.get("items").forEach(i -> seen.add(i.get("id").asText()));
                story("Harbour arrival " + sort + arrivals, "world", "Harbour harbour harbour arrival.").fileWith(stories);
                arrivals++;
                next = page.get("next").isNull() ? null : page.get("next").asText();
            }

            assertThat(total).as(sort).isGreaterThanOrEqualTo(8);
            assertThat(seen).as(sort).doesNotHaveDuplicates().hasSize((int) total);
        }
    }

    @Test
    void limitAndSortAreChecked() throws Exception {
        assertThat(site.get("/api/v1/search?q=talks&limit=0").statusCode()).isEqualTo(400);
        assertThat(site.get("/api/v1/search?q=talks&sort=random").statusCode()).isEqualTo(400);
        assertThat(site.get("/api/v1/search?q=talks&cursor=nonsense").statusCode()).isEqualTo(400);
    }
}
