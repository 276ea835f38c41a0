package dateline.web;

import static dateline.story.StoryFixtures.content;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dateline.formats.NinjsSchema;
import dateline.story.Story;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireApiTest extends WebTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private String key(String name, List<String> sections, boolean embargoed, int rate) {
        return site.app().wire().clients().add(name, sections, embargoed, rate).key();
    }

    private String key(String name) { return key(name, List.of(), false, 10_000); }

    private HttpResponse<String> pull(String key, String query) {
        return site.get("/api/v1/wire" + query, "Authorization", "Bearer " + key);
    }

    private JsonNode pullJson(String key, String query) throws Exception {
        HttpResponse<String> response = pull(key, query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void aClientPullsEveryPublishUpdateAndKillInSequenceOrderAsValidNinjs() throws Exception {
        String key = key("herald");
        Story story = file("Ferries halted by ice in Oslo harbour");
        var stories = site.app().stories();
        stories.update(story.id(), content("Ferries resume in Oslo harbour"), 1);
        stories.withdraw(story.id(), 2);

        JsonNode page = pullJson(key, "?since=0");

        JsonNode changes = page.get("changes");
        assertThat(changes).hasSize(3);
        assertThat(changes.findValuesAsText("action")).containsExactly("publish", "update", "withdraw");
        assertThat(changes.get(0).get("seq").asLong()).isEqualTo(story.seq());
        assertThat(changes.get(0).get("ninjs").get("headlines").get(0).get("value").asText())
                .isEqualTo("Ferries halted by ice in Oslo harbour");
        assertThat(changes.get(1).get("ninjs").get("version").asText()).isEqualTo("2");
        JsonNode kill = changes.get(2).get("ninjs");
        assertThat(kill.get("pubStatus").asText()).isEqualTo("canceled");
        assertThat(kill.has("bodies")).isFalse();
        NinjsSchema schema = NinjsSchema.load();
        for (JsonNode change : changes) assertThat(schema.violations(change.get("ninjs"))).isEmpty();
    }

    @Test
    void aReplayServesEachChangeAsItWasNotAsTheStoryIsNow() throws Exception {
        String key = key("herald");
        Story story = file("Ferries halted by ice in Oslo harbour");
        site.app().stories().update(story.id(), content("Ferries resume in Oslo harbour"), 1);

        JsonNode first = pullJson(key, "?since=0&limit=1").get("changes").get(0).get("ninjs");

        assertThat(first.get("version").asText()).isEqualTo("1");
        assertThat(first.get("headlines").get(0).get("value").asText()).isEqualTo("Ferries halted by ice in Oslo harbour");
    }

    @Test
    void followingNextContinuesExactlyAfterTheLastChangeReturned() throws Exception {
        String key = key("herald");
        for (int i = 0; i < 7; i++) file("Story number " + i);

        List<Long> seqs = new ArrayList<>();
        String next = "/api/v1/wire?since=0&limit=3";
        for (int pages = 0; pages < 5; pages++) {
            JsonNode page = JSON.readTree(site.get(next, "Authorization", "Bearer " + key).body());
            page.get("changes").forEach(c -> seqs.add(c.get("seq").asLong()));
            next = page.get("next").asText();
        }

        assertThat(seqs).hasSize(7).isSorted().doesNotHaveDuplicates();
        assertThat(next).isEqualTo("/api/v1/wire?since=" + seqs.get(6) + "&limit=3");
    }

    @Test
    void aClientSeesOnlyItsSections() throws Exception {
        String key = key("sports-desk", List.of("sport"), false, 10_000);
        file("Cup final goes to extra time", "sport");
        file("Ferries halted by ice", "world");

        JsonNode changes = pullJson(key, "?since=0").get("changes");

        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).get("ninjs").get("headlines").get(0).get("value").asText()).isEqualTo("Cup final goes to extra time");
        assertThat(pull(key, "?section=world").statusCode()).isEqualTo(403);
    }

    @Test
    void datelineFormatPutsTheDocumentUnderItsOwnKey() throws Exception {
        String key = key("herald");
        file("Ferries halted by ice in Oslo harbour");

        JsonNode change = pullJson(key, "?since=0&format=dateline").get("changes").get(0);

        assertThat(change.has("ninjs")).isFalse();
        assertThat(change.get("dateline").get("dateline").get("written").asText()).isEqualTo("OSLO, March 3. /DTL/.");
        assertThat(pullJson(key, "?since=0&format=dateline").get("next").asText()).contains("format=dateline");
    }

    @Test
    void ninjs22IsServedUnderTheNinjsKeyAndValidatesAgainstItsSchema() throws Exception {
        String key = key("herald");
        Story story = file("Ferries halted by ice in Oslo harbour");
        site.app().stories().withdraw(story.id(), 1);

        JsonNode changes = pullJson(key, "?since=0&format=ninjs-2.2").get("changes");

        NinjsSchema schema = NinjsSchema.load("2.2");
        assertThat(changes).hasSize(2);
        for (JsonNode change : changes) assertThat(schema.violations(change.get("ninjs"))).isEmpty();
    }

    @Test
    void newsMlG2IsServedAsANewsMessageOfTheChangesThatValidatesAgainstTheXsd() {
        String key = key("herald");
        Story story = file("Ferries halted by ice in Oslo harbour");
        site.app().stories().update(story.id(), content("Ferries resume in Oslo harbour"), 1);
        site.app().stories().withdraw(story.id(), 2);

        HttpResponse<String> byParameter = pull(key, "?since=0&format=newsml-g2");
        HttpResponse<String> byAccept = site.get("/api/v1/wire?since=0", "Authorization", "Bearer " + key,
                "Accept", "application/vnd.iptc.g2.newsmessage+xml");

        assertThat(byParameter.statusCode()).isEqualTo(200);
        assertThat(byParameter.headers().firstValue("Content-Type").orElse("")).startsWith("application/vnd.iptc.g2.newsmessage+xml");
        assertThat(dateline.formats.NewsMlG2Schema.load().violations(byParameter.body())).isEmpty();
        assertThat(byParameter.body()).contains("<newsMessage", "Ferries halted by ice", "Ferries resume", "stat:canceled")
                .contains("since=" + (story.seq() + 2));
        assertThat(byAccept.statusCode()).isEqualTo(200);
        assertThat(byAccept.body()).contains("<newsMessage", "Ferries resume", "stat:canceled");
    }

    @Test
    void missingUnknownAndRevokedKeysAre401() {
        String key = key("herald");
        site.app().wire().clients().revoke("herald");

        HttpResponse<String> none = site.get("/api/v1/wire");
        HttpResponse<String> unknown = pull("dtl_nothing", "");
        HttpResponse<String> revoked = pull(key, "");

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(none.body()).contains("Authorization: Bearer");
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(unknown.body()).contains("unknown API key");
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.body()).contains("revoked");
    }

    @Test
    void aRotatedKeyReplacesTheOldOneAtOnce() {
        String old = key("herald");

        String fresh = site.app().wire().clients().rotate("herald").key();

        assertThat(pull(old, "").statusCode()).isEqualTo(401);
        assertThat(pull(fresh, "").statusCode()).isEqualTo(200);
    }

    @Test
    void badCursorsLimitsAndFormatsAreClear4xx() {
        String key = key("herald");
        file("Ferries halted by ice in Oslo harbour");

        assertThat(pull(key, "?since=abc").statusCode()).isEqualTo(400);
        assertThat(pull(key, "?since=abc").body()).contains("since: a whole number");
        assertThat(pull(key, "?since=-1").statusCode()).isEqualTo(400);
        assertThat(pull(key, "?since=999").body()).contains("since: the change log ends at 1");
        assertThat(pull(key, "?limit=0").body()).contains("limit: from 1 to 1000, got 0");
        assertThat(pull(key, "?limit=5000").statusCode()).isEqualTo(400);
        assertThat(pull(key, "?format=rss").statusCode()).isEqualTo(406);
        assertThat(pull(key, "?format=rss").body()).contains("ninjs");
    }

    @Test
    void aClientOverItsRateIsAnswered429WithRetryAfter() {
        String key = key("eager", List.of(), false, 60);

        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 8; i++) {
            last = pull(key, "");
            statuses.add(last.statusCode());
        }

        assertThat(statuses.subList(0, 5)).containsOnly(200);
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(last.body()).contains("60 requests a minute");
    }
}
