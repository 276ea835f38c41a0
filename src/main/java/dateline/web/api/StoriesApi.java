package dateline.web.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dateline.formats.DatelineJson;
import dateline.formats.Json;
import dateline.formats.StoryListJson;
import dateline.formats.NinjsWriter;
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
import java.util.List;
import java.util.function.Function;

/** Stories as IPTC ninjs 3.1 (default) or Dateline's own JSON ({@code format=dateline}). */
public final class StoriesApi {
    private final StoryService stories;
    private final PageCache cache;
    private final NinjsWriter ninjs;
    private final DatelineJson dateline;

    public StoriesApi(StoryService stories, StoryLinks links, PageCache cache) {
        this.stories = stories;
        this.cache = cache;
        this.ninjs = new NinjsWriter(links);
        this.dateline = new DatelineJson(links);
    }

    /**
     * The latest published stories, newest first, {@code limit} (1-100, default 20) at a time;
     * follow {@code nextUrl} for older ones.
     * <pre>curl 'http://localhost:8080/api/v1/stories?limit=10&amp;section=world'</pre>
     */
    public void list(Context ctx) {
        String format = format(ctx);
        int limit = limit(ctx.queryParam("limit"));
        String section = Sections.parse(ctx.queryParam("section"));
        String before = ctx.queryParam("before");
        String key = "api|" + format + "|" + limit + "|" + section + "|" + before;
        Responses.send(ctx, cache.get(key, () -> renderList(format, limit, section, before)));
    }

    /**
     * One story, withdrawn ones included (ninjs {@code pubStatus: canceled}).
     * <pre>curl http://localhost:8080/api/v1/stories/STORY_ID?format=dateline</pre>
     */
    public void one(Context ctx) {
        String format = format(ctx);
        String id = ctx.pathParam("id");
        Responses.send(ctx, cache.get("api|" + format + "|" + id, () -> {
            Story story = stories.publicStory(id);
            return RenderedPage.json(Json.write(writer(format).apply(story)), story.versionCreated());
        }));
    }

    private RenderedPage renderList(String format, int limit, String section, String before) {
        FeedCursor cursor = before == null ? null : FeedCursor.decode(before);
        FeedPage page = stories.latest(new FeedQuery(section, cursor, limit));
        List<ObjectNode> items = stories.stories(page).stream().map(writer(format)).toList();
        String next = page.next() == null ? null : page.next().encode();
        String nextUrl = next == null ? null : "/api/v1/stories?limit=" + limit + "&format=" + format
                + (section == null ? "" : "&section=" + section) + "&before=" + next;
        return RenderedPage.json(Json.write(StoryListJson.page(items, next, nextUrl)), null);
    }

    private Function<Story, ObjectNode> writer(String format) {
        return format.equals("ninjs") ? ninjs::write : dateline::write;
    }

    private static String format(Context ctx) {
        String format = ctx.queryParam("format");
        if (format == null || format.equals("ninjs")) return "ninjs";
        if (format.equals("dateline")) return "dateline";
        throw new InvalidInput("format: ninjs or dateline, got " + format);
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
