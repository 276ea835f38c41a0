package dateline.web;

import dateline.feed.FeedFormat;
import dateline.feed.NewsFeed;
import dateline.feed.NewsSitemap;
import dateline.feed.ReaderFeeds;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * Feeds for readers' apps and the news sitemap for search engines, each cached until the
 * change log moves on and answered 304 when the reader has it already.
 * <pre>curl 'http://localhost:8080/feed.atom?section=world'</pre>
 */
public final class Feeds {
    private final ReaderFeeds feeds;
    private final PageCache cache;
    private final Clock clock;

    Feeds(ReaderFeeds feeds, PageCache cache, Clock clock) {
        this.feeds = feeds;
        this.cache = cache;
        this.clock = clock;
    }

    /** {@code GET /feed.rss}: RSS 2.0. */
    public void rss(Context ctx) { send(ctx, FeedFormat.RSS); }

    /** {@code GET /feed.atom}: Atom 1.0. */
    public void atom(Context ctx) { send(ctx, FeedFormat.ATOM); }

    /** {@code GET /feed.json}: JSON Feed 1.1. */
    public void json(Context ctx) { send(ctx, FeedFormat.JSON); }

    /** {@code GET /sitemap-news.xml}: the stories of the last two days, for Google News. */
    public void newsSitemap(Context ctx) {
        // The window moves with time as well as with writes: an hour's staleness is what a crawler allows.
        String hour = clock.instant().truncatedTo(ChronoUnit.HOURS).toString();
        Responses.send(ctx, cache.get("sitemap-news|" + hour, () -> RenderedPage.of(NewsSitemap.CONTENT_TYPE,
                NewsSitemap.write(feeds.siteName(), feeds.lastTwoDays()), null)));
    }

    private void send(Context ctx, FeedFormat format) {
        String section = feeds.section(ctx.queryParam("section"));
        Responses.send(ctx, cache.get("feed|" + format + "|" + section, () -> {
            NewsFeed feed = feeds.latest(section);
            return RenderedPage.of(format.contentType(), feeds.write(feed, format), feed.updated());
        }));
    }
}
