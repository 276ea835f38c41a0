package dateline.web;

import dateline.story.Quote;
import static dateline.story.StoryFixtures.content;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dateline.formats.NinjsSchema;
import dateline.story.Story;
import org.junit.jupiter.api.Test;

class StoriesApiTest extends WebTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private JsonNode json(String path) throws Exception {
        var response = site.get(path);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        return JSON.readTree(response.body());
    }

    @Test
    void aStoryIsServedAsNinjsWithItsUriVersionTimesAndBody() throws Exception {
        Story story = file("Ferries halted by ice in Oslo harbour");

        JsonNode ninjs = json("/api/v1/stories/" + story.id());

        assertThat(ninjs.get("uri").asText()).isEqualTo("urn:dateline:test.example:" + story.id());
        assertThat(ninjs.get("type").asText()).isEqualTo("text");
        assertThat(ninjs.get("version").asText()).isEqualTo("1");
        assertThat(ninjs.get("pubStatus").asText()).isEqualTo("usable");
        assertThat(ninjs.get("versionCreated").asText()).isEqualTo(story.versionCreated().toString());
        assertThat(ninjs.get("headlines").get(0).get("value").asText()).isEqualTo("Ferries halted by ice in Oslo harbour");
        assertThat(ninjs.get("descriptions").get(0).get("value").asText()).isEqualTo("The port expects ferries to run again by Friday");
        assertThat(ninjs.get("located").asText()).isEqualTo("OSLO");
        assertThat(ninjs.get("bodies").get(0).get("value").asText()).contains("<h2>What comes next</h2>");
        assertThat(ninjs.get("people").get(0).get("name").asText()).isEqualTo("Ingrid Solberg");
    }

    @Test
    void everyNinjsDocumentTheApiProducesIsValidNinjs31() throws Exception {
        NinjsSchema schema = NinjsSchema.load();
        Story story = file("Ferries halted by ice in Oslo harbour");
        file("Quote \"marks\" & <angle> brackets survive");
        site.app().stories().withdraw(story.id(), 1);

        JsonNode one = json("/api/v1/stories/" + story.id());
        JsonNode list = json("/api/v1/stories");

        assertThat(schema.violations(one)).isEmpty();
        assertThat(one.get("pubStatus").asText()).isEqualTo("canceled");
        assertThat(list.get("items")).isNotEmpty();
        for (JsonNode item : list.get("items")) assertThat(schema.violations(item)).isEmpty();
    }

    @Test
    void theSchemaCheckCatchesAPropertyNinjsDoesNotDefine() throws Exception {
        NinjsSchema schema = NinjsSchema.load();
        Story story = file("Ferries halted by ice in Oslo harbour");
        var ninjs = (com.fasterxml.jackson.databind.node.ObjectNode) json("/api/v1/stories/" + story.id());

        ninjs.put("dateline", "OSLO, March 3");

        assertThat(schema.violations(ninjs)).isNotEmpty();
    }

    @Test
    void datelineFormatCarriesTheDatelineAsWrittenBlocksAndQuotes() throws Exception {
        Story story = file("Ferries halted by ice in Oslo harbour");

        JsonNode own = json("/api/v1/stories/" + story.id() + "?format=dateline");

        assertThat(own.get("dateline").get("written").asText()).isEqualTo("OSLO, March 3. /DTL/.");
        assertThat(own.get("dateline").get("date").asText()).isEqualTo("2026-03-03");
        assertThat(own.get("blocks").get(1).get("kind").asText()).isEqualTo("subheading");
        assertThat(own.get("quotes").get(0).get("speaker_in_text").asText()).isEqualTo("Ingrid Solberg said");
        assertThat(own.get("quotes").get(0).get("speaker").asText()).isEqualTo("Ingrid Solberg");
        assertThat(own.get("seq").asLong()).isEqualTo(story.seq());
        assertThat(dateline.formats.DatelineJsonSchema.violations(own)).isEmpty();
    }

    @Test
    void everyStoryOfAListInDatelineFormatHoldsToItsSchema() throws Exception {
        file("Ferries halted by ice in Oslo harbour");
        file("Quay reopens");

        JsonNode page = json("/api/v1/stories?format=dateline");

        assertThat(page.get("items")).hasSize(2);
        for (JsonNode item : page.get("items")) assertThat(dateline.formats.DatelineJsonSchema.violations(item)).isEmpty();
    }

    @Test
    void theListPagesByCursorNewestFirst() throws Exception {
        for (int i = 1; i <= 5; i++) file("Story " + i);

        JsonNode first = json("/api/v1/stories?limit=3");
        JsonNode second = json(first.get("nextUrl").asText());

        assertThat(first.get("items")).extracting(i -> i.get("headlines").get(0).get("value").asText())
                .containsExactly("Story 5", "Story 4", "Story 3");
        assertThat(second.get("items")).extracting(i -> i.get("headlines").get(0).get("value").asText())
                .containsExactly("Story 2", "Story 1");
        assertThat(second.get("next").isNull()).isTrue();
    }

    @Test
    void badParametersAreAnsweredWithAJsonErrorThatSaysWhatIsWrong() throws Exception {
        var badLimit = site.get("/api/v1/stories?limit=1000");
        var badFormat = site.get("/api/v1/stories?format=xml");
        var unknown = site.get("/api/v1/stories/nosuchstory");

        assertThat(badLimit.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badLimit.body()).get("error").get("message").asText()).contains("limit");
        assertThat(badFormat.statusCode()).isEqualTo(406);
        assertThat(JSON.readTree(badFormat.body()).get("error").get("message").asText())
                .contains("format: one of ninjs", "got xml");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).get("error").get("status").asInt()).isEqualTo(404);
    }

    @Test
    void theFormatCanBeAskedForByAcceptAndAnUnservedMediaTypeIs406() throws Exception {
        Story story = file("Ferries halted by ice in Oslo harbour");

        var own = site.get("/api/v1/stories/" + story.id(), "Accept", "application/vnd.dateline+json");
        var any = site.get("/api/v1/stories/" + story.id(), "Accept", "text/html;q=0.9, */*;q=0.8");
        var pdf = site.get("/api/v1/stories/" + story.id(), "Accept", "application/pdf");

        assertThat(JSON.readTree(own.body()).get("dateline").get("written").asText()).isEqualTo("OSLO, March 3. /DTL/.");
        assertThat(JSON.readTree(any.body()).get("pubStatus").asText()).isEqualTo("usable");
        assertThat(pdf.statusCode()).isEqualTo(406);
        assertThat(JSON.readTree(pdf.body()).get("error").get("message").asText()).contains("application/pdf", "ninjs");
    }
}
