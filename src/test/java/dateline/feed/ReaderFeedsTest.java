package dateline.feed;

import static dateline.story.StoryFixtures.content;
import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.io.WireFeedInput;
import dateline.formats.StoryLinks;
import dateline.store.SqlStoryStore;
import dateline.store.TestStores;
import dateline.story.Filing;
import dateline.story.Story;
import dateline.story.StoryService;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReaderFeedsTest {
    /** A clock the test sets, shared by the newsroom and the feeds. */
    private static final class SetClock extends Clock {
        Instant now = Instant.parse("2026-03-01T12:00:00Z");
        @Override public Instant instant() { return now; }
        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
    }

    @TempDir Path dir;
    private SqlStoryStore store;
    private final SetClock clock = new SetClock();
    private StoryService stories;
    private ReaderFeeds feeds;

    @BeforeEach
    void open() {
        store = TestStores.sqlite(dir);
        stories = new StoryService(store, clock);
        feeds = new ReaderFeeds(stories, new StoryLinks("test.example", "http://test.example"), "Dateline", clock);
    }

    @AfterEach
    void close() { store.close(); }

    private Story fileAt(Instant when, String headline) {
        clock.now = when;
        return stories.file(new Filing(null, null, content(headline))).story();
    }

    @Test
    void theNewsSitemapHoldsOnlyStoriesFirstPublishedInTheLastTwoDays() {
        Instant start = Instant.parse("2026-03-01T12:00:00Z");
        fileAt(start, "Three days old");
        Story twoDaysOld = fileAt(start.plus(Duration.ofDays(1)).plusSeconds(60), "Just under two days old");
        Story fresh = fileAt(start.plus(Duration.ofDays(3)), "Fresh");

        clock.now = start.plus(Duration.ofDays(3)).plusSeconds(30);

        assertThat(feeds.lastTwoDays()).extracting(FeedEntry::id).containsExactly(
                "urn:dateline:test.example:" + fresh.id(), "urn:dateline:test.example:" + twoDaysOld.id());
        assertThat(NewsSitemap.write("Dateline", feeds.lastTwoDays())).contains("<news:title>Fresh</news:title>")
                .doesNotContain("Three days old");
    }

    @Test
    void textXmlCannotCarryIsLeftOutSoTheXmlFeedsStillParse() throws Exception {
        fileAt(clock.now, "Bell \u0007 rings & <tags> stay text");

        NewsFeed feed = feeds.latest(null);
        Channel rss = (Channel) new WireFeedInput().build(new StringReader(feeds.write(feed, FeedFormat.RSS)));
        Feed atom = (Feed) new WireFeedInput().build(new StringReader(feeds.write(feed, FeedFormat.ATOM)));

        assertThat(rss.getItems().get(0).getTitle()).isEqualTo("Bell  rings & <tags> stay text");
        assertThat(atom.getEntries().get(0).getTitle()).isEqualTo("Bell  rings & <tags> stay text");
    }

    @Test
    void aBylineNamesTheEntrysAuthorWithoutItsBy() {
        var base = content("Ferries halted");
        var withByline = new dateline.story.StoryContent(base.headline(), base.standfirst(), base.dateline(), base.blocks(),
                base.quotes(), base.people(), base.places(), base.organizations(), base.section(), base.language(),
                "By Anna Berg", null, null);
        stories.file(new Filing(null, null, withByline));

        assertThat(feeds.latest(null).entries().get(0).author()).isEqualTo("Anna Berg");
        assertThat(feeds.write(feeds.latest(null), FeedFormat.JSON)).contains("\"authors\":[{\"name\":\"Anna Berg\"}]");
    }

    @Test
    void aChineseStoryIsNamedByScriptInTheSitemapAndOthersByLanguage() {
        assertThat(NewsSitemap.language("en-GB")).isEqualTo("en");
        assertThat(NewsSitemap.language("zh-Hant-TW")).isEqualTo("zh-tw");
        assertThat(NewsSitemap.language("zh-CN")).isEqualTo("zh-cn");
    }
}
