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

    @Test
    void aStoryIsServedAsANewsMlG2NewsItemThatValidatesAgainstTheIptcSchema() throws Exception {
        var schema = dateline.formats.NewsMlG2Schema.load();
        Story story = file("Ferries halted by ice in Oslo harbour");

        var byParameter = site.get("/api/v1/stories/" + story.id() + "?format=newsml-g2");
        var byAccept = site.get("/api/v1/stories/" + story.id(), "Accept", "application/vnd.iptc.g2.newsitem+xml");

        assertThat(byParameter.statusCode()).isEqualTo(200);
        assertThat(byParameter.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/vnd.iptc.g2.newsitem+xml");
        assertThat(schema.violations(byParameter.body())).isEmpty();
        assertThat(new dateline.formats.G2Document(byParameter.body()).text("/g:newsItem/@guid"))
                .isEqualTo("urn:dateline:test.example:" + story.id());
        assertThat(byAccept.body()).isEqualTo(byParameter.body());
    }

    @Test
    void aListInNewsMlG2IsANewsMessageThatValidatesAndLinksToTheNextPage() throws Exception {
        var schema = dateline.formats.NewsMlG2Schema.load();
        for (int i = 1; i <= 3; i++) file("Story " + i);

        var page = site.get("/api/v1/stories?format=newsml-g2&limit=2");

        assertThat(page.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/vnd.iptc.g2.newsmessage+xml");
        assertThat(schema.violations(page.body())).isEmpty();
        var g2 = new dateline.formats.G2Document(page.body());
        assertThat(g2.count("/g:newsMessage/g:itemSet/g:newsItem")).isEqualTo(2);
        String next = g2.text("/g:newsMessage/g:header/g:headerExtProperty/@uri");
        var rest = new dateline.formats.G2Document(site.get(next).body());
        assertThat(rest.text("/g:newsMessage/g:itemSet/g:newsItem/g:contentMeta/g:headline")).isEqualTo("Story 1");
    }

    @Test
    void ninjs22IsServedByParameterAndValidatesAgainstThe22Schema() throws Exception {
        var schema = NinjsSchema.load("2.2");
        Story story = file("Ferries halted by ice in Oslo harbour");
        site.app().stories().withdraw(file("Quay reopens").id(), 1);

        JsonNode one = json("/api/v1/stories/" + story.id() + "?format=ninjs-2.2");
        JsonNode list = json("/api/v1/stories?format=ninjs-2.2");

        assertThat(schema.violations(one)).isEmpty();
        assertThat(one.get("versioncreated").asText()).isEqualTo(story.versionCreated().toString());
        for (JsonNode item : list.get("items")) assertThat(schema.violations(item)).isEmpty();
    }

    @Test
    void theSeedStoryIsValidInEveryIptcFormat() throws Exception {
        var seed = dateline.SharedData.require("corpus/seed/000.txt");
        var filing = site.app().importer().filing("000.txt", java.nio.file.Files.readAllBytes(seed), null, "world",
                java.time.LocalDate.of(2020, 9, 12));
        Story story = site.app().stories().file(filing).story();
        String path = "/api/v1/stories/" + story.id();

        JsonNode ninjs31 = json(path);
        JsonNode ninjs22 = json(path + "?format=ninjs-2.2");
        String g2 = site.get(path + "?format=newsml-g2").body();

        assertThat(NinjsSchema.load("3.1").violations(ninjs31)).isEmpty();
        assertThat(NinjsSchema.load("2.2").violations(ninjs22)).isEmpty();
        assertThat(dateline.formats.NewsMlG2Schema.load().violations(g2)).isEmpty();
        assertThat(ninjs31.get("located").asText()).isEqualTo("WASHINGTON");
        assertThat(ninjs31.get("people").toString()).contains("Anatoly Antonov");
        var item = new dateline.formats.G2Document(g2);
        assertThat(item.text("//g:contentMeta/g:dateline")).isEqualTo("WASHINGTON, September 12. /TASS/.");
        assertThat(item.text("//g:contentMeta/g:subject[@literal='Anatoly Antonov']/@type")).isEqualTo("cpnat:person");
    }

    @Test
    void anUnknownFormatIs406NamingAllFourFormats() throws Exception {
        var response = site.get("/api/v1/stories?format=nitf");

        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(JSON.readTree(response.body()).get("error").get("message").asText())
                .isEqualTo("format: one of ninjs, ninjs-2.2, newsml-g2, dateline, got nitf");
    }
}
