package dateline.web;

import static dateline.story.StoryFixtures.content;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dateline.story.Block;
import dateline.story.Filing;
import dateline.story.FeedCursor;
import dateline.story.StoryContent;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerLimitsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;
    RunningApp site;

    @BeforeEach
    void start() { site = new RunningApp(dir, Map.of("DATELINE_ANSWER_MAX_BYTES", "64K")); }

    @AfterEach
    void stop() { site.close(); }

    /** A story of about 30 KB: long paragraphs, as a big feature or a transcript has. */
    private String fileBig(int n) {
        StoryContent base = content("Long story number " + n);
        List<Block> blocks = new ArrayList<>(base.blocks());
        for (int i = 0; i < 30; i++) blocks.add(Block.paragraph("Paragraph " + i + " of a long text. " + "word ".repeat(200)));
        StoryContent big = new StoryContent(base.headline(), base.standfirst(), base.dateline(), blocks, base.quotes(),
                base.people(), base.places(), base.organizations(), base.section(), base.language());
        long now = System.currentTimeMillis();
        while (System.currentTimeMillis() == now) Thread.onSpinWait();
        return site.app().stories().file(new Filing(null, null, big)).story().id();
    }

    @Test
    void aPageOfBigStoriesEndsAtTheByteCapAndItsNextPageGoesOnWhereItEnded() throws Exception {
        Set<String> filed = new HashSet<>();
        for (int i = 0; i < 6; i++) filed.add(fileBig(i));

        HttpResponse<String> first = site.get("/api/v1/stories?limit=6&format=dateline");
        JsonNode page = JSON.readTree(first.body());
        List<String> seen = new ArrayList<>();
        page.get("items").forEach(item -> seen.add(item.get("id").asText()));
        JsonNode second = JSON.readTree(site.get(page.get("nextUrl").asText()).body());
        second.get("items").forEach(item -> seen.add(item.get("id").asText()));

        assertThat(first.body().length()).isLessThanOrEqualTo(64 * 1024);
        assertThat(page.get("items").size()).isBetween(1, 5);
        assertThat(page.get("next").isNull()).isFalse();
        assertThat(new HashSet<>(seen)).hasSameSizeAs(seen);
        assertThat(seen.size()).isGreaterThan(page.get("items").size());
        assertThat(filed).containsAll(seen);
    }

    @Test
    void madeUpCursorsThatLandOnOnePageShareOneRenderedAnswer() {
        for (int i = 0; i < 3; i++) fileBig(i);
        PageCache cache = site.app().web().unsafe.appDataManager.get(WebApp.PAGE_CACHE);
        // Cursors after the newest story: any time in the future, any id, is the same first page.
        String one = new FeedCursor(Instant.parse("2999-01-01T00:00:00Z"), "zzz").encode();

        site.get("/api/v1/stories?limit=3&format=dateline&before=" + one);
        long rendered = cache.renders();
        for (int i = 0; i < 5; i++) {
            String other = new FeedCursor(Instant.parse("2998-05-05T00:00:00Z").plusSeconds(i), "made-up-" + i).encode();
            assertThat(site.get("/api/v1/stories?limit=3&format=dateline&before=" + other).statusCode()).isEqualTo(200);
        }

        assertThat(cache.renders()).isEqualTo(rendered);
    }

    @Test
    void madeUpCursorsOnTheAllNewsPageRenderItOnceAndPushNothingOutOfTheCache() {
        for (int i = 0; i < 3; i++) fileBig(i);
        PageCache cache = site.app().web().unsafe.appDataManager.get(WebApp.PAGE_CACHE);
        site.get("/?before=" + new FeedCursor(Instant.parse("2999-01-01T00:00:00Z"), "zzz").encode());
        long rendered = cache.renders();

        for (int i = 0; i < 5; i++) {
            String cursor = new FeedCursor(Instant.parse("2990-01-01T00:00:00Z").plusSeconds(i), "made-up-" + i).encode();
            assertThat(site.get("/?before=" + cursor).statusCode()).isEqualTo(200);
        }

        assertThat(cache.renders()).isEqualTo(rendered);
    }
}
