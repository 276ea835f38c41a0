package dateline.web.pages;

import dateline.story.Block;
import dateline.story.DatelineInfo;
import dateline.story.Entity;
import dateline.formats.NewsArticleJsonLd;
import dateline.formats.StoryLinks;
import dateline.search.EntityKind;
import dateline.search.StorySearch;
import dateline.story.ChangeKind;
import dateline.story.Revision;
import dateline.story.Status;
import dateline.story.Story;
import dateline.story.StoryContent;
import dateline.story.StoryService;
import dateline.web.PageCache;
import dateline.web.RenderedPage;
import dateline.web.Responses;
import dateline.web.Site;
import dateline.web.Templates;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;

/** An article page at {@code /news/{id}/{slug}}; other slugs redirect to the story's own. */
public final class ArticlePage {
    private final StoryService stories;
    private final StorySearch search;
    private final Site site;
    private final Templates templates;
    private final PageCache cache;
    private final NewsArticleJsonLd jsonLd;

    public ArticlePage(StoryService stories, StorySearch search, Site site, Templates templates, PageCache cache) {
        this.stories = stories;
        this.search = search;
        this.site = site;
        this.templates = templates;
        this.cache = cache;
        this.jsonLd = new NewsArticleJsonLd(site.links(), site.name());
    }

    public void show(Context ctx) {
        String id = ctx.pathParam("id");
        RenderedPage page = cache.get("article|" + id, () -> render(stories.publicStory(id)));
        if (!ctx.path().equals(page.canonicalPath())) {
            ctx.redirect(page.canonicalPath(), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        Responses.send(ctx, page);
    }

    private RenderedPage render(Story story) {
        String path = StoryLinks.path(story.id(), story.slug());
        List<Revision> history = stories.publicHistory(story.id());
        if (story.status() == Status.WITHDRAWN) {
            PageMeta meta = site.meta("Story withdrawn", null, null, null, stories.sections());
            String note = history.get(history.size() - 1).note();
            byte[] body = templates.render("error.jte", new ErrorView(meta, "This story was withdrawn",
                    "The agency withdrew “" + story.headline() + "”. It is no longer available."
                            + (note == null ? "" : " " + note)));
            return RenderedPage.html(410, body, story.versionCreated()).at(path);
        }
        StoryContent content = story.content();
        PageMeta meta = site.meta(content.headline(), content.standfirst(), path,
                jsonLd.scriptSafe(story), stories.sections());
        ArticleView view = new ArticleView(meta, content.section(), content.headline(), content.standfirst(),
                site.time(story.versionCreated()),
                story.versionCreated().equals(story.firstCreated()) ? null : site.time(story.firstCreated()),
                blocks(content), tags(content), story.version(), "/history/" + story.id(), content.byline(),
                corrections(history), related(story));
        return RenderedPage.html(templates.render("article.jte", view), story.versionCreated()).at(path);
    }

    /** The body as the article shows it, the dateline set apart: the newsroom's preview shows the same. */
    public static List<ArticleView.BlockView> blocks(StoryContent content) {
        DatelineInfo dateline = content.dateline();
        List<ArticleView.BlockView> views = new ArrayList<>();
        boolean datelinePending = dateline != null;
        for (Block block : content.blocks()) {
            if (block.kind() == Block.Kind.SUBHEADING) {
                views.add(new ArticleView.BlockView(true, null, block.text()));
            } else if (datelinePending && block.text().startsWith(dateline.written())) {
                views.add(new ArticleView.BlockView(false, dateline.written(), block.text().substring(dateline.written().length())));
                datelinePending = false;
            } else {
                views.add(new ArticleView.BlockView(false, null, block.text()));
            }
        }
        return views;
    }

    /** Every correction's note, oldest first: readers see what was corrected and when. */
    private List<ArticleView.Correction> corrections(List<Revision> history) {
        return history.stream().filter(r -> r.change() == ChangeKind.CORRECTED && r.note() != null)
                .map(r -> new ArticleView.Correction(site.time(r.createdAt()), r.note())).toList();
    }

    private static List<ArticleView.Tag> tags(StoryContent content) {
        List<ArticleView.Tag> tags = new ArrayList<>();
        for (Entity e : content.people()) tags.add(new ArticleView.Tag("Person", e.name(), EntityPaths.ofName(EntityKind.PERSON, e.name())));
        for (Entity e : content.places()) tags.add(new ArticleView.Tag("Place", e.name(), EntityPaths.ofName(EntityKind.PLACE, e.name())));
        for (Entity e : content.organizations()) {
            tags.add(new ArticleView.Tag("Organisation", e.name(), EntityPaths.ofName(EntityKind.ORGANISATION, e.name())));
        }
        return tags;
    }

    private List<ArticleView.Related> related(Story story) {
        return search.related(story.id(), 5).stream().map(h -> new ArticleView.Related(StoryLinks.path(h.id(), h.slug()),
                h.headline(), site.time(h.updated()))).toList();
    }
}
