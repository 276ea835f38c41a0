package dateline.web.pages;

import dateline.formats.StoryLinks;
import dateline.story.Revision;
import dateline.story.Story;
import dateline.story.StoryService;
import dateline.web.PageCache;
import dateline.web.RenderedPage;
import dateline.web.Responses;
import dateline.web.Site;
import dateline.web.Templates;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/** The revision history of a story at {@code /history/{id}}: every version with its time. */
public final class HistoryPage {
    private final StoryService stories;
    private final Site site;
    private final Templates templates;
    private final PageCache cache;

    public HistoryPage(StoryService stories, Site site, Templates templates, PageCache cache) {
        this.stories = stories;
        this.site = site;
        this.templates = templates;
        this.cache = cache;
    }

    public void show(Context ctx) {
        String id = ctx.pathParam("id");
        Responses.send(ctx, cache.get("history|" + id, () -> render(stories.publicStory(id))));
    }

    private RenderedPage render(Story story) {
        List<HistoryView.Row> rows = new ArrayList<>();
        for (Revision r : stories.publicHistory(story.id())) {
            rows.add(0, new HistoryView.Row(r.version(), r.change().wireName(), site.time(r.createdAt()), r.content().headline(), r.note()));
        }
        PageMeta meta = site.meta("Versions: " + story.headline(), null, null, null, stories.sections());
        byte[] body = templates.render("history.jte",
                new HistoryView(meta, story.headline(), StoryLinks.path(story.id(), story.slug()), rows));
        return RenderedPage.html(body, story.versionCreated());
    }
}
