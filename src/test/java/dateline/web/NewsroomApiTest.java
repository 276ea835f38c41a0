package dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dateline.auth.Role;
import dateline.formats.Json;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NewsroomApiTest extends WebTest {
    static final String STORY = """
            {"headline":"Ferries halted by ice in Oslo harbour","standfirst":"The port expects them back by Friday",
             "place":"OSLO","section":"world","body":"Ice closed the harbour on Tuesday.\\n\\n## What comes next\\n\\nThe quay reopens when the ice allows.",
             "byline":"By Anna Berg","slugline":"OSLO-FERRIES","urgency":3}""";
    Staffer editor;
    Staffer reporter;

    @BeforeEach
    void staff() {
        editor = Staffer.withToken(site, "erika", Role.EDITOR);
        reporter = Staffer.withToken(site, "ravi", Role.REPORTER);
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    String draft(Staffer who) {
        HttpResponse<String> created = who.api("POST", "/api/v1/newsroom/stories", STORY);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("id").asText();
    }

    @Test
    void aReporterCreatesADraftThatIsVersionOneAndOnNoPublicSurface() {
        HttpResponse<String> created = reporter.api("POST", "/api/v1/newsroom/stories", STORY);

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode story = json(created);
        assertThat(story.get("version").asInt()).isEqualTo(1);
        assertThat(story.get("status").asText()).isEqualTo("draft");
        assertThat(story.get("body").asText()).startsWith("Ice closed the harbour").contains("## What comes next");
        assertThat(story.get("urgency").asInt()).isEqualTo(3);
        String id = story.get("id").asText();
        assertThat(site.get("/news/" + id).statusCode()).isEqualTo(404);
        assertThat(site.get("/api/v1/stories/" + id).statusCode()).isEqualTo(404);
        assertThat(site.get("/").body()).doesNotContain("Ferries halted");
    }

    @Test
    void theDatelineComesFromThePlaceTheFilingDayAndTheAgency() {
        String id = draft(editor);

        var content = site.app().stories().get(id).content();

        assertThat(content.dateline().written()).startsWith("OSLO, ").endsWith(". /DTL/.");
        assertThat(content.blocks().get(0).text()).startsWith(content.dateline().written() + " Ice closed");
        assertThat(content.blocks().get(1).text()).isEqualTo("What comes next");
    }

    @Test
    void badFieldsAreAllNamedInOne400AndNothingIsStored() {
        String bad = """
                {"headline":"","place":"OSLO","section":"gossip","body":"Text.","urgency":9,"slugline":"%s"}"""
                .formatted("x".repeat(100));

        HttpResponse<String> response = editor.api("POST", "/api/v1/newsroom/stories", bad);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).at("/error/message").asText())
                .contains("headline: required", "section: unknown section gossip", "urgency: from 1 (flash) to 8", "slugline:");
        assertThat(site.app().stories().headSeq()).isZero();
    }

    @Test
    void anUnknownFieldAWrongTypeAndNonJsonAreRefusedByName() {
        assertThat(json(editor.api("POST", "/api/v1/newsroom/stories", "{\"headline\":\"x\",\"colour\":\"red\"}"))
                .at("/error/message").asText()).isEqualTo("colour: unknown field");
        assertThat(json(editor.api("POST", "/api/v1/newsroom/stories", "{\"urgency\":\"high\"}"))
                .at("/error/message").asText()).isEqualTo("urgency: expected a whole number");
        HttpResponse<String> notJson = editor.api("POST", "/api/v1/newsroom/stories", "headline=x");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(json(notJson).at("/error/message").asText()).isEqualTo("body: not valid JSON");
    }

    @Test
    void markupInTheBodyIsTextNeverHtml() {
        String id = draft(editor);
        editor.api("PUT", "/api/v1/newsroom/stories/" + id,
                "{\"version\":1,\"body\":\"<script>alert(1)</script> and <b>bold</b>\"}");
        editor.api("POST", "/api/v1/newsroom/stories/" + id + "/publish", "{\"version\":2}");

        String page = site.get("/news/" + id + "/" + site.app().stories().get(id).slug()).body();

        assertThat(Jsoup.parse(page).select(".body script, .body b")).isEmpty();
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void anEditBasedOnAStaleVersionIs409WithTheCurrentVersionAndWhatChanged() {
        String id = draft(editor);
        editor.api("PUT", "/api/v1/newsroom/stories/" + id, "{\"version\":1,\"headline\":\"Ferries resume\"}");

        HttpResponse<String> stale = reporter.api("PUT", "/api/v1/newsroom/stories/" + id, "{\"version\":1,\"standfirst\":\"Late\"}");

        assertThat(stale.statusCode()).isEqualTo(409);
        JsonNode error = json(stale).get("error");
        assertThat(error.get("currentVersion").asInt()).isEqualTo(2);
        assertThat(error.get("changed")).extracting(JsonNode::asText).containsExactly("headline");
        assertThat(site.app().stories().get(id).content().standfirst()).isEqualTo("The port expects them back by Friday");
    }

    @Test
    void anEditorPublishesUpdatesCorrectsAndWithdrawsAndEachStepIsARevision() {
        String id = draft(reporter);

        assertThat(json(editor.api("POST", "/api/v1/newsroom/stories/" + id + "/publish", "{\"version\":1}")).get("status").asText())
                .isEqualTo("published");
        assertThat(site.get("/").body()).contains("Ferries halted by ice in Oslo harbour");
        editor.api("PUT", "/api/v1/newsroom/stories/" + id, "{\"version\":2,\"standfirst\":\"Ferries are back on Friday\"}");
        HttpResponse<String> corrected = editor.api("POST", "/api/v1/newsroom/stories/" + id + "/correct",
                "{\"version\":3,\"note\":\"An earlier version misnamed the harbour.\",\"headline\":\"Ferries halted by ice in Oslo's inner harbour\"}");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        String path = json(corrected).get("url").asText();
        assertThat(Jsoup.parse(site.get(path).body()).select(".corrections").text())
                .contains("An earlier version misnamed the harbour.");
        assertThat(Jsoup.parse(site.get(path).body()).select(".byline").text()).isEqualTo("By Anna Berg");

        HttpResponse<String> withdrawn = editor.api("POST", "/api/v1/newsroom/stories/" + id + "/withdraw",
                "{\"version\":4,\"note\":\"The report could not be confirmed.\"}");

        assertThat(json(withdrawn).get("status").asText()).isEqualTo("withdrawn");
        HttpResponse<String> gone = site.get(path);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.body()).contains("The report could not be confirmed.");
        assertThat(site.app().stories().history(id)).extracting(r -> r.change().wireName() + " by " + r.actor())
                .containsExactly("drafted by ravi", "published by erika", "updated by erika", "corrected by erika", "withdrawn by erika");
    }

    @Test
    void aReporterGets403OnEveryEditorsActionAndOnEditingAPublishedStory() {
        String id = draft(reporter);
        for (String action : new String[] {"publish", "correct", "embargo", "withdraw"}) {
            HttpResponse<String> refused = reporter.api("POST", "/api/v1/newsroom/stories/" + id + "/" + action, "{\"version\":1}");
            assertThat(refused.statusCode()).as(action).isEqualTo(403);
        }
        editor.api("POST", "/api/v1/newsroom/stories/" + id + "/publish", "{\"version\":1}");

        HttpResponse<String> edit = reporter.api("PUT", "/api/v1/newsroom/stories/" + id, "{\"version\":2,\"headline\":\"Mine now\"}");

        assertThat(edit.statusCode()).isEqualTo(403);
        assertThat(json(edit).at("/error/message").asText()).contains("a reporter may edit drafts only");
    }

    @Test
    void actionsThatDoNotFitTheStatusAre409() {
        String id = draft(editor);
        assertThat(editor.api("POST", "/api/v1/newsroom/stories/" + id + "/correct", "{\"version\":1,\"note\":\"n\"}").statusCode())
                .isEqualTo(409);
        editor.api("POST", "/api/v1/newsroom/stories/" + id + "/publish", "{\"version\":1}");
        assertThat(editor.api("POST", "/api/v1/newsroom/stories/" + id + "/publish", "{\"version\":2}").statusCode()).isEqualTo(409);
    }

    @Test
    void correctionsAndWithdrawalsNeedANote() {
        String id = draft(editor);
        editor.api("POST", "/api/v1/newsroom/stories/" + id + "/publish", "{\"version\":1}");

        HttpResponse<String> response = editor.api("POST", "/api/v1/newsroom/stories/" + id + "/withdraw", "{\"version\":2}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).at("/error/message").asText()).startsWith("note: required");
    }

    @Test
    void anEmbargoTakesAnIso8601TimeWithAnOffsetInTheFuture() {
        String id = draft(editor);
        String until = OffsetDateTime.now(ZoneOffset.ofHours(2)).plusHours(1).withNano(0).toString();

        assertThat(json(editor.api("POST", "/api/v1/newsroom/stories/" + id + "/embargo", "{\"version\":1,\"until\":\"tomorrow\"}"))
                .at("/error/message").asText()).startsWith("until: not ISO 8601 with an offset");
        assertThat(json(editor.api("POST", "/api/v1/newsroom/stories/" + id + "/embargo", "{\"version\":1,\"until\":\"2020-01-01T09:00:00Z\"}"))
                .at("/error/message").asText()).startsWith("until: must be in the future");
        JsonNode scheduled = json(editor.api("POST", "/api/v1/newsroom/stories/" + id + "/embargo",
                "{\"version\":1,\"until\":\"" + until + "\"}"));

        assertThat(scheduled.get("status").asText()).isEqualTo("scheduled");
        assertThat(OffsetDateTime.parse(scheduled.get("embargoUntil").asText()).toInstant())
                .isEqualTo(OffsetDateTime.parse(until).toInstant());
        assertThat(scheduled.get("embargoUntil").asText()).as("shown in the agency's zone, Europe/Oslo").matches(".*\\+0[12]:00");
        assertThat(site.get("/news/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void storiesAreListedByStatusWithWhoLastTouchedThem() {
        String draft = draft(reporter);
        String published = draft(reporter);
        editor.api("POST", "/api/v1/newsroom/stories/" + published + "/publish", "{\"version\":1}");

        JsonNode drafts = json(editor.api("GET", "/api/v1/newsroom/stories?status=draft", null)).get("items");
        JsonNode live = json(editor.api("GET", "/api/v1/newsroom/stories?status=published", null)).get("items");

        assertThat(drafts).extracting(n -> n.get("id").asText() + " " + n.get("lastActor").asText()).containsExactly(draft + " ravi");
        assertThat(live).extracting(n -> n.get("id").asText() + " " + n.get("lastActor").asText()).containsExactly(published + " erika");
        assertThat(editor.api("GET", "/api/v1/newsroom/stories?status=lost", null).statusCode()).isEqualTo(400);
        assertThat(json(editor.api("GET", "/api/v1/newsroom/stories/" + draft, null)).get("version").asInt()).isEqualTo(1);
    }

    @Test
    void pastedWireCopyComesBackAsTheEditorsFields() {
        String copy = """
                Ferries halted by ice in Oslo harbour

                The port expects them back by Friday

                OSLO, March 3. /DTL/. Ice closed the harbour on Tuesday, the harbour authority said.

                "We will reopen the quay as soon as the ice allows," Ingrid Solberg said.
                """;

        HttpResponse<String> parsed = reporter.api("POST", "/api/v1/newsroom/parse", Json.write(java.util.Map.of("copy", copy)));

        assertThat(parsed.statusCode()).as(parsed.body()).isEqualTo(200);
        JsonNode fields = json(parsed);
        assertThat(fields.get("headline").asText()).isEqualTo("Ferries halted by ice in Oslo harbour");
        assertThat(fields.get("place").asText()).isEqualTo("OSLO");
        assertThat(fields.get("body").asText()).startsWith("Ice closed the harbour");
        assertThat(reporter.api("POST", "/api/v1/newsroom/parse", "{\"copy\":\"\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() {
        assertThat(editor.api("GET", "/api/v1/newsroom/stories?status=draft", null).statusCode()).isEqualTo(200);

        site.app().accounts().revokeToken("erika", "test");

        HttpResponse<String> refused = editor.api("GET", "/api/v1/newsroom/stories?status=draft", null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void aStoryWrittenInTheNewsroomIsUnderstoodAsCopyIsItsQuotesAndWhoItIsAbout() {
        String body = "Ice closed the harbour on Tuesday, the Oslo Port Authority said.\n\n"
                + "\"We will reopen the quay as soon as the ice allows,\" Ingrid Solberg said.";
        HttpResponse<String> created = editor.api("POST", "/api/v1/newsroom/stories", Json.write(Json.object()
                .put("headline", "Ferries halted").put("place", "Oslo").put("section", "world").put("body", body)));
        String id = json(created).get("id").asText();
        editor.api("POST", "/api/v1/newsroom/stories/" + id + "/publish", "{\"version\":1}");

        var content = site.app().stories().get(id).content();

        assertThat(content.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Ingrid Solberg"));
        assertThat(content.people()).extracting(e -> e.name()).contains("Ingrid Solberg");
        String page = site.get("/news/" + id + "/" + site.app().stories().get(id).slug()).body();
        assertThat(Jsoup.parse(page).select(".tags").text()).contains("Ingrid Solberg");
    }
}
