package dateline.web.pages;

import dateline.formats.StoryLinks;
import dateline.search.EntityKind;
import dateline.search.EntityStories;
import dateline.search.StorySearch;
import dateline.story.StoryNotFound;
import dateline.story.StoryService;
import dateline.web.Site;
import dateline.web.Templates;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** {@code /person/{slug}}, {@code /place/{slug}}, {@code /org/{slug}}: all stories about it, and what a person said. */
public final class EntityPage {
    static final int PAGE_SIZE = 20;
    private final StorySearch search;
    private final StoryService stories;
    private final Site site;
    private final Templates templates;

    public EntityPage(StorySearch search, StoryService stories, Site site, Templates templates) {
        this.search = search;
        this.stories = stories;
        this.site = site;
        this.templates = templates;
    }

    public void person(Context ctx) { show(ctx, EntityKind.PERSON, "Person"); }

    public void place(Context ctx) { show(ctx, EntityKind.PLACE, "Place"); }

    public void organisation(Context ctx) { show(ctx, EntityKind.ORGANISATION, "Organisation"); }

    private void show(Context ctx, EntityKind kind, String kindName) {
        String slug = ctx.pathParam("slug");
        EntityStories entity = search.entity(kind, slug, PAGE_SIZE, ctx.queryParam("before"), ctx.queryParam("said"))
                .orElseThrow(() -> new StoryNotFound("No story is about " + slug + "."));
        String path = EntityPaths.of(kind, slug);
        PageMeta meta = site.meta(entity.name(), "Stories about " + entity.name() + " from " + site.name(),
                path, null, stories.sections());
        String searchUrl = "/search?q=" + URLEncoder.encode(StorySearch.narrow("", dimension(kind), entity.name()), StandardCharsets.UTF_8);
        EntityView view = new EntityView(meta, kindName, entity.name(), searchUrl, entity.stories().total(),
                entity.stories().items().stream().map(h -> new EntityView.Story(StoryLinks.path(h.id(), h.slug()),
                        h.headline(), h.standfirst(), site.time(h.updated()))).toList(),
                entity.stories().next() == null ? null : path + "?before=" + entity.stories().next(),
                kind == EntityKind.PERSON,
                entity.said().stream().map(q -> new EntityView.Said(q.text(), StoryLinks.path(q.storyId(), q.storySlug()),
                        q.headline(), site.time(q.updated()))).toList(),
                entity.saidNext() == null ? null : path + "?said=" + entity.saidNext());
        ctx.contentType("text/html; charset=utf-8").result(templates.render("entity.jte", view));
    }

    private static String dimension(EntityKind kind) {
        return switch (kind) {
            case PERSON -> "people";
            case PLACE -> "places";
            case ORGANISATION -> "organisations";
        };
    }
}
