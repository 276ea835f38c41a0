package dateline.web;

import static dateline.story.StoryFixtures.content;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dateline.story.Filing;
import dateline.story.Story;
import dateline.wire.FastWire;
import dateline.wire.SseReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WireStreamTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;
    RunningApp site;

    @BeforeEach
    void start() { site = new RunningApp(dir, FastWire.settings()); }

    @AfterEach
    void stop() { site.close(); }

    private String key(String name, List<String> sections) {
        return site.app().wire().clients().add(name, sections, false, 100_000).key();
    }

    private Story file(String headline, String section) {
        return site.app().stories().file(new Filing(null, null, content(headline, section))).story();
    }

    private SseReader open(String path, String key, String... headers) {
        Map<String, String> all = new java.util.HashMap<>();
        if (key != null) all.put("Authorization", "Bearer " + key);
        for (int i = 0; i < headers.length; i += 2) all.put(headers[i], headers[i + 1]);
        return new SseReader(site.app().port(), path, all);
    }

    @Test
    void aStreamDeliversEachNewChangeWithItsSequenceAsTheEventId() throws Exception {
        String key = key("herald", List.of());
        try (SseReader stream = open("/api/v1/wire/stream", key)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
            assertThat(stream.next().comment()).isEqualTo("open");

            Story story = file("Ferries halted by ice", "world");
            SseReader.Event event = stream.nextData();

            assertThat(event.seq()).isEqualTo(story.seq());
            JsonNode change = JSON.readTree(event.data());
            assertThat(change.get("action").asText()).isEqualTo("publish");
            assertThat(change.get("ninjs").get("uri").asText()).endsWith(story.id());
        }
    }

    @Test
    void lastEventIdAndSinceResumeExactlyAfterTheGivenSequence() {
        String key = key("herald", List.of());
        Story first = file("One", "world");
        Story second = file("Two", "world");
        Story third = file("Three", "world");

        try (SseReader byHeader = open("/api/v1/wire/stream", key, "Last-Event-ID", Long.toString(first.seq()));
             SseReader byQuery = open("/api/v1/wire/stream?since=" + second.seq(), key)) {
            assertThat(byHeader.nextData().seq()).isEqualTo(second.seq());
            assertThat(byHeader.nextData().seq()).isEqualTo(third.seq());
            assertThat(byQuery.nextData().seq()).isEqualTo(third.seq());
        }
    }

    @Test
    void anIdleStreamGetsHeartbeats() {
        try (SseReader stream = open("/api/v1/wire/stream", key("herald", List.of()))) {
            assertThat(stream.next().comment()).isEqualTo("open");
            assertThat(stream.next().comment()).isEqualTo("heartbeat");
        }
    }

    @Test
    void aStreamFiltersBySection() {
        String key = key("herald", List.of());
        try (SseReader stream = open("/api/v1/wire/stream?section=sport", key)) {
            stream.next();
            file("Ferries halted by ice", "world");
            Story cup = file("Cup final goes to extra time", "sport");

            assertThat(stream.nextData().seq()).isEqualTo(cup.seq());
        }
    }

    @Test
    void revokingAClientClosesItsOpenStreamsAtOnceSayingWhy() {
        String key = key("herald", List.of());
        try (SseReader stream = open("/api/v1/wire/stream", key)) {
            stream.next();

            site.app().wire().clients().revoke("herald");
            SseReader.Event last = stream.next();

            assertThat(last.name()).isEqualTo("dropped");
            assertThat(last.data()).contains("revoked");
            assertThat(stream.next()).isNull();
        }
        try (SseReader again = open("/api/v1/wire/stream", key)) {
            assertThat(again.status()).isEqualTo(401);
        }
    }

    @Test
    void badStreamRequestsAreClear4xxBeforeAnyStreamOpens() {
        String key = key("sports", List.of("sport"));
        file("One", "sport");

        assertThat(open("/api/v1/wire/stream", null).status()).isEqualTo(401);
        assertThat(open("/api/v1/wire/stream?section=world", key).status()).isEqualTo(403);
        assertThat(open("/api/v1/wire/stream", key, "Last-Event-ID", "x1").status()).isEqualTo(400);
        assertThat(open("/api/v1/wire/stream?since=50", key).status()).isEqualTo(400);
        assertThat(open("/api/v1/wire/stream?format=rss", key).status()).isEqualTo(406);
    }

    @Test
    void headOfAStreamAnswersItsStatusAndHeadersAndEndsInsteadOfStreaming() {
        String key = key("herald", List.of());

        var stream = site.head("HEAD", "/api/v1/wire/stream", "Authorization", "Bearer " + key);
        var headlines = site.head("HEAD", "/api/v1/wire/headlines");
        var anonymous = site.head("HEAD", "/api/v1/wire/stream");

        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        assertThat(headlines.statusCode()).isEqualTo(200);
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void thePublicHeadlineStreamCarriesHeadlinesAndLinksOnly() throws Exception {
        try (SseReader stream = open("/api/v1/wire/headlines", null)) {
            stream.next();
            Story story = file("Ferries halted by ice", "world");

            JsonNode event = JSON.readTree(stream.nextData().data());

            assertThat(event.get("headline").asText()).isEqualTo("Ferries halted by ice");
            assertThat(event.get("url").asText()).isEqualTo("/news/" + story.id() + "/ferries-halted-by-ice");
            assertThat(event.get("updated").get("iso").asText()).endsWith("+01:00");
            assertThat(event.has("ninjs")).isFalse();
        }
    }
}
