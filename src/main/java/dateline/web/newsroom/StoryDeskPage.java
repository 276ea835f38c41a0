package dateline.web.newsroom;

import dateline.formats.StoryLinks;
import dateline.story.InvalidInput;
import dateline.story.Newsroom;
import dateline.story.Status;
import dateline.story.Story;
import dateline.story.StoryContent;
import dateline.story.StoryService;
import dateline.story.VersionConflict;
import dateline.story.WrongStatus;
import dateline.web.AgencyTime;
import dateline.web.Site;
import dateline.web.Staff;
import dateline.web.Templates;
import dateline.web.pages.ArticlePage;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * {@code /newsroom/stories/{id}}: a story's preview and its actions (publish, embargo, withdraw;
 * edits and corrections go through the editor form). Each action posts the version it was
 * shown, so two editors acting at once cannot undo each other unseen.
 */
public final class StoryDeskPage {
    private final Newsroom newsroom;
    private final StoryService stories;
    private final Site site;
    private final Templates templates;
    private final AgencyTime time;

    public StoryDeskPage(Newsroom newsroom, StoryService stories, Site site, Templates templates, AgencyTime time) {
        this.newsroom = newsroom;
        this.stories = stories;
        this.site = site;
        this.templates = templates;
        this.time = time;
    }

    public void show(Context ctx) {
        render(ctx, 200, stories.get(ctx.pathParam("id")), null, null);
    }

    public void publish(Context ctx) {
        act(ctx, "published", () -> newsroom.publish(id(ctx), EditorForm.version(ctx), Staff.of(ctx).actor()));
    }

    public void embargo(Context ctx) {
        act(ctx, "embargoed", () -> newsroom.embargo(id(ctx), EditorForm.version(ctx),
                time.parseLocal("until", ctx.formParam("until")), Staff.of(ctx).actor()));
    }

    public void withdraw(Context ctx) {
        act(ctx, "withdrawn", () -> newsroom.withdraw(id(ctx), EditorForm.version(ctx), ctx.formParam("note"),
                Staff.of(ctx).actor()));
    }

    /** Runs an action; a refusal comes back on the story's page, next to its actions. */
    private void act(Context ctx, String done, java.util.function.Supplier<Story> action) {
        try {
            Story story = action.get();
            ctx.redirect("/newsroom/stories/" + story.id() + "?done=" + done, HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            render(ctx, 400, stories.get(id(ctx)), e.getMessage(), ctx.formParam("until"));
        } catch (VersionConflict | WrongStatus e) {
            render(ctx, 409, stories.get(id(ctx)), e.getMessage() + " The page now shows the current version.", null);
        }
    }

    private void render(Context ctx, int status, Story story, String error, String until) {
        Staff staff = Staff.of(ctx);
        StoryContent c = story.content();
        Status s = story.status();
        boolean editor = staff.isEditor();
        StoryDeskView view = new StoryDeskView(DeskMeta.of(story.headline(), staff, Notices.of(ctx.queryParam("done"))),
                story.id(), s.wireName(), story.version(), c.headline(), c.standfirst(), c.byline(), c.slugline(), c.urgency(),
                c.section(), ArticlePage.blocks(c), site.time(story.versionCreated()),
                story.embargoUntil() == null ? null : site.time(story.embargoUntil()),
                until != null ? until : time.local(story.embargoUntil()), time.zone().getId(),
                s.isPublic() ? StoryLinks.path(story.id(), story.slug()) : null, error,
                s == Status.DRAFT || (editor && s != Status.WITHDRAWN),
                editor && (s == Status.DRAFT || s == Status.SCHEDULED), editor && (s == Status.DRAFT || s == Status.SCHEDULED),
                editor && s == Status.PUBLISHED, editor && s != Status.WITHDRAWN);
        ctx.header("Cache-Control", "no-store");
        ctx.status(status).contentType("text/html; charset=utf-8").result(templates.render("newsroom/story.jte", view));
    }

    private static String id(Context ctx) { return ctx.pathParam("id"); }
}
