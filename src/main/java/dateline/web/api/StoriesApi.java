package dateline.web.api;

import dateline.story.Echo;
import dateline.formats.StoryFormat;
import dateline.formats.StoryFormats;
import dateline.formats.StoryListJson;
import dateline.formats.StoryLinks;
import dateline.story.FeedCursor;
import dateline.story.FeedPage;
import dateline.story.FeedQuery;
import dateline.story.InvalidInput;
import dateline.story.Sections;
import dateline.story.Story;
import dateline.story.StoryService;
import dateline.story.StorySummary;
import dateline.web.PageCache;
import dateline.web.RenderedPage;
import dateline.web.Responses;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Stories as IPTC ninjs 3.1 (default), ninjs 2.2, NewsML-G2 or Dateline's own JSON, by
 * {@code ?format=} or Accept ({@link StoryFormat}).
 *
 * <p>What one request may cost is bounded: a page holds at most {@code limit} stories and at
 * most about {@code answerMaxBytes} bytes (it ends early, with {@code next} where to go on),
 * counted by each story's document as its one-story answer caches it; a JSON page is joined
 * from those very documents. So any cursor, made up or not, costs one indexed query of
 * summaries and the documents of at most one answer's worth of stories, each written once
 * per version.
 */
public final class StoriesApi {
    private final StoryService stories;
    private final PageCache cache;
    private final StoryFormats formats;
    private final long answerMaxBytes;

    public StoriesApi(StoryService stories, StoryLinks links, PageCache cache, long answerMaxBytes) {
        this.stories = stories;
        this.cache = cache;
        this.formats = new StoryFormats(links);
        this.answerMaxBytes = answerMaxBytes;
    }

    /**
     * The latest published stories, newest first, {@code limit} (1-100, default 20) at a time;
     * follow {@code nextUrl} for older ones.
     * <pre>curl 'http://localhost:8080/api/v1/stories?limit=10&amp;section=world'</pre>
     */
    public void list(Context ctx) {
        StoryFormat format = format(ctx);
        int limit = limit(ctx.queryParam("limit"));
        String section = Sections.parse(ctx.queryParam("section"));
        String before = ctx.queryParam("before");
        FeedPage page = stories.latest(new FeedQuery(section, before == null ? null : FeedCursor.decode(before), limit));
        // Keyed by what the page holds, not by the cursor asked with: cursors are free to make up.
        String key = "api-list|" + format + "|" + limit + "|" + section + "|"
                + page.items().stream().map(StorySummary::id).collect(Collectors.joining(","));
        Responses.send(ctx, cache.get(key, () -> renderList(format, limit, section, page)));
    }

    /**
     * One story, withdrawn ones included (ninjs {@code pubStatus: canceled}).
     * <pre>curl http://localhost:8080/api/v1/stories/STORY_ID?format=newsml-g2</pre>
     */
    public void one(Context ctx) {
        Responses.send(ctx, document(format(ctx), ctx.pathParam("id")));
    }

    private RenderedPage document(StoryFormat format, String id) {
        return cache.get("api|" + format + "|" + id, () -> {
            Story story = stories.publicStory(id);
            return RenderedPage.of(format.contentType(), formats.text(story, format), story.versionCreated());
        });
    }

    private RenderedPage renderList(StoryFormat format, int limit, String section, FeedPage page) {
        List<byte[]> items = new ArrayList<>();
        long bytes = 0;
        FeedCursor next = page.next();
        for (StorySummary summary : page.items()) {
            byte[] item = document(format, summary.id()).body();
            // Always one story, so that a page moves on even past a story larger than the cap.
            if (!items.isEmpty() && bytes + item.length > answerMaxBytes) {
                StorySummary last = page.items().get(items.size() - 1);
                next = new FeedCursor(last.firstCreated(), last.id());
                break;
            }
            items.add(item);
            bytes += item.length + 1;
        }
        String cursor = next == null ? null : next.encode();
        String nextUrl = cursor == null ? null : "/api/v1/stories?limit=" + limit + "&format=" + format.wireName()
                + (section == null ? "" : "&section=" + section) + "&before=" + cursor;
        if (format.isJson()) {
            return RenderedPage.of(format.listContentType(), StoryListJson.joined(items, cursor, nextUrl), null);
        }
        // An XML message is no join of items: written again, from no more stories than fit.
        return RenderedPage.of(format.listContentType(), formats.list(stories.stories(new FeedPage(
                page.items().subList(0, items.size()), null)), format, cursor, nextUrl), null);
    }

    private static StoryFormat format(Context ctx) {
        return StoryFormat.negotiate(ctx.queryParam("format"), ctx.header("Accept"));
    }

    private static int limit(String raw) {
        if (raw == null) return 20;
        // ASCII digits only: Integer.parseInt would also take "٣" (Arabic-Indic three).
        if (!raw.matches("[0-9]{1,9}")) {
            throw new InvalidInput("limit: a whole number from 1 to 100 in ASCII digits, got " + Echo.of(raw, 20));
        }
        return Integer.parseInt(raw);
    }
}
