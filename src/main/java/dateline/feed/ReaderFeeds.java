package dateline.feed;

import dateline.formats.StoryLinks;
import dateline.story.FeedPage;
import dateline.story.FeedQuery;
import dateline.story.InvalidInput;
import dateline.story.Sections;
import dateline.story.Story;
import dateline.story.StoryService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The feeds readers subscribe to and the news sitemap, made from the published stories.
 * Use {@link #section} on what a reader sent before anything else, then {@link #latest} or
 * {@link #lastTwoDays}, then {@link #write} or {@link NewsSitemap#write}.
 */
public final class ReaderFeeds {
    /** As many stories as a reader's app shows at once; older ones are on the site. */
    static final int FEED_SIZE = 50;
    /** Google News reads a news sitemap's stories of the last two days, and at most 1,000 of them. */
    static final Duration SITEMAP_WINDOW = Duration.ofDays(2);
    static final int SITEMAP_MAX = 1000;
    private static final Pattern BY = Pattern.compile("^(?i:by)\\s+");

    private final StoryService stories;
    private final StoryLinks links;
    private final String siteName;
    private final Clock clock;

    public ReaderFeeds(StoryService stories, StoryLinks links, String siteName, Clock clock) {
        this.stories = stories;
        this.links = links;
        this.siteName = siteName;
        this.clock = clock;
    }

    /** The section a reader asked for (null for all news); {@link InvalidInput} for one that cannot be one. */
    public String section(String raw) {
        return Sections.parse(raw);
    }

    /**
     * The newest stories of {@code section} (null for all); {@link InvalidInput} naming the
     * sections there are when no published story has it, so a mistyped subscription fails
     * at once instead of staying empty for ever.
     */
    public NewsFeed latest(String section) {
        if (section != null && !stories.sections().contains(section)) {
            List<String> known = stories.sections();
            throw new InvalidInput("section: no section \"" + section + "\"; "
                    + (known.isEmpty() ? "there are no stories yet" : "there are " + String.join(", ", known)));
        }
        List<FeedEntry> entries = entries(stories.stories(stories.latest(new FeedQuery(section, null, FEED_SIZE))));
        Instant updated = entries.stream().map(FeedEntry::updated).max(Comparator.naturalOrder()).orElse(null);
        String id = "urn:dateline:" + links.host() + ":feed" + (section == null ? "" : ":" + section);
        String title = siteName + (section == null ? ": All news" : ": " + section);
        return new NewsFeed(id, siteName, title, "The latest stories from " + siteName + (section == null ? "" : " in " + section),
                links.baseUrl(), section, "en", updated, entries);
    }

    /** Stories first published in the last two days, newest first, for the news sitemap. */
    public List<FeedEntry> lastTwoDays() {
        Instant since = clock.instant().minus(SITEMAP_WINDOW);
        List<FeedEntry> recent = new ArrayList<>();
        FeedPage page = stories.latest(new FeedQuery(null, null, 100));
        while (true) {
            for (FeedEntry entry : entries(stories.stories(page))) {
                if (entry.published().isBefore(since) || recent.size() == SITEMAP_MAX) return recent;
                recent.add(entry);
            }
            if (page.next() == null) return recent;
            page = stories.latest(new FeedQuery(null, page.next(), 100));
        }
    }

    /** The site's name, as a news sitemap names the publication. */
    public String siteName() { return siteName; }

    /** The feed as a document in {@code format}. */
    public String write(NewsFeed feed, FeedFormat format) {
        return switch (format) {
            case RSS -> RssWriter.write(feed);
            case ATOM -> AtomWriter.write(feed);
            case JSON -> JsonFeedWriter.write(feed);
        };
    }

    private List<FeedEntry> entries(List<Story> page) {
        return page.stream().map(this::entry).toList();
    }

    private FeedEntry entry(Story story) {
        var content = story.content();
        String author = content.byline() == null ? null : BY.matcher(content.byline().strip()).replaceFirst("");
        return new FeedEntry(links.uri(story), links.page(story.id(), story.slug()), content.headline(),
                content.standfirst(), author, content.section(), content.language(),
                story.firstCreated(), story.versionCreated());
    }
}
