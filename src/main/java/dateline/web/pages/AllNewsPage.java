package dateline.web.pages;

import dateline.formats.StoryLinks;
import dateline.story.FeedCursor;
import dateline.story.FeedPage;
import dateline.story.FeedQuery;
import dateline.story.Sections;
import dateline.story.StoryService;
import dateline.web.PageCache;
import dateline.web.RenderedPage;
import dateline.web.Responses;
import dateline.web.Site;
import dateline.web.Templates;
import io.javalin.http.Context;
import java.util.List;

/** The All news page at {@code /}: newest stories first, "Earlier news" by cursor, by section. */
public final class AllNewsPage {
    static final int PAGE_SIZE = 30;
    private final StoryService stories;
    private final Site site;
    private final Templates templates;
    private final PageCache cache;

    public AllNewsPage(StoryService stories, Site site, Templates templates, PageCache cache) {
        this.stories = stories;
        this.site = site;
        this.templates = templates;
        this.cache = cache;
    }

    public void show(Context ctx) {
        String section = Sections.parse(ctx.queryParam("section"));
        String before = ctx.queryParam("before");
        FeedCursor cursor = before == null ? null : FeedCursor.decode(before);
        FeedPage page = stories.latest(new FeedQuery(section, cursor, PAGE_SIZE));
        // Keyed by what the page shows, not by the cursor asked with: made-up cursors are free,
        // and each would otherwise push real pages out of the cache.
        String key = "news|" + section + "|" + (cursor == null) + "|"
                + page.items().stream().map(s -> s.id()).collect(java.util.stream.Collectors.joining(","));
        Responses.send(ctx, cache.get(key, () -> render(section, cursor, page)));
    }

    private RenderedPage render(String section, FeedCursor cursor, FeedPage page) {
        List<AllNewsView.Item> items = page.items().stream().map(s -> new AllNewsView.Item(
                StoryLinks.path(s.id(), s.slug()), s.headline(), s.standfirst(), s.place(),
                site.time(s.versionCreated()))).toList();
        String query = section == null ? "" : "section=" + section + "&";
        String earlier = page.next() == null ? null : "/?" + query + "before=" + page.next().encode();
        String heading = section == null ? "All news" : "All news: " + section;
        String first = "/" + (section == null ? "" : "?section=" + section);
        String canonical = cursor == null ? first : null;
        PageMeta meta = site.meta(cursor == null && section == null ? site.name() : heading,
                "The latest stories from " + site.name(), canonical, null, stories.sections()).withFeedsOf(section);
        String live = cursor != null ? null : "/api/v1/wire/headlines" + (section == null ? "" : "?section=" + section);
        byte[] body = templates.render("all-news.jte",
                new AllNewsView(meta, heading, items, earlier, cursor == null ? null : first, live));
        return RenderedPage.html(body, null);
    }
}
