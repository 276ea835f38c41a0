package dateline.web.api;

import dateline.formats.StoryFormat;
import dateline.formats.StoryFormats;
import dateline.formats.StoryLinks;
import dateline.story.FeedCursor;
import dateline.story.FeedPage;
import dateline.story.FeedQuery;
import dateline.story.InvalidInput;
import dateline.story.Sections;
import dateline.story.Story;
import dateline.story.StoryService;
import dateline.web.PageCache;
import dateline.web.RenderedPage;
import dateline.web.Responses;
import io.javalin.http.Context;

/**
 * Stories as IPTC ninjs 3.1 (default), ninjs 2.2, NewsML-G2 or Dateline's own JSON, by
 * {@code ?format=} or Accept ({@link StoryFormat}).
 */
public final class StoriesApi {
    private final StoryService stories;
    private final PageCache cache;
    private final StoryFormats formats;

    public StoriesApi(StoryService stories, StoryLinks links, PageCache cache) {
        this.stories = stories;
        this.cache = cache;
        this.formats = new StoryFormats(links);
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
        String key = "api|" + format + "|" + limit + "|" + section + "|" + before;
        Responses.send(ctx, cache.get(key, () -> renderList(format, limit, section, before)));
    }

    /**
     * One story, withdrawn ones included (ninjs {@code pubStatus: canceled}).
     * <pre>curl http://localhost:8080/api/v1/stories/STORY_ID?format=newsml-g2</pre>
     */
    public void one(Context ctx) {
        StoryFormat format = format(ctx);
        String id = ctx.pathParam("id");
        Responses.send(ctx, cache.get("api|" + format + "|" + id, () -> {
            Story story = stories.publicStory(id);
            return RenderedPage.of(format.contentType(), formats.text(story, format), story.versionCreated());
        }));
    }

    private RenderedPage renderList(StoryFormat format, int limit, String section, String before) {
        FeedCursor cursor = before == null ? null : FeedCursor.decode(before);
        FeedPage page = stories.latest(new FeedQuery(section, cursor, limit));
        String next = page.next() == null ? null : page.next().encode();
        String nextUrl = next == null ? null : "/api/v1/stories?limit=" + limit + "&format=" + format.wireName()
                + (section == null ? "" : "&section=" + section) + "&before=" + next;
        return RenderedPage.of(format.listContentType(), formats.list(stories.stories(page), format, next, nextUrl), null);
    }

    private static StoryFormat format(Context ctx) {
        return StoryFormat.negotiate(ctx.queryParam("format"), ctx.header("Accept"));
    }

    private static int limit(String raw) {
        if (raw == null) return 20;
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new InvalidInput("limit: a whole number from 1 to 100, got " + raw);
        }
    }
}
