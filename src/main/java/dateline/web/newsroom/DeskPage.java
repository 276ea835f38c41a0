package dateline.web.newsroom;

import dateline.story.DeskItem;
import dateline.story.Status;
import dateline.story.Story;
import dateline.story.StoryService;
import dateline.web.Site;
import dateline.web.Staff;
import dateline.web.Templates;
import io.javalin.http.Context;
import java.util.List;

/** {@code /newsroom}: drafts, embargoed stories, recently published and withdrawn ones, and who last touched each. */
public final class DeskPage {
    private final StoryService stories;
    private final Site site;
    private final Templates templates;

    public DeskPage(StoryService stories, Site site, Templates templates) {
        this.stories = stories;
        this.site = site;
        this.templates = templates;
    }

    public void show(Context ctx) {
        List<DeskView.Group> groups = List.of(
                group("drafts", "Drafts", Status.DRAFT, "No drafts.", 100),
                group("scheduled", "Embargoed", Status.SCHEDULED, "Nothing under embargo.", 100),
                group("published", "Recently published", Status.PUBLISHED, "Nothing published yet.", 30),
                group("withdrawn", "Withdrawn", Status.WITHDRAWN, "Nothing withdrawn.", 10));
        DeskMeta meta = DeskMeta.of("Desk", Staff.of(ctx), Notices.of(ctx.queryParam("done")));
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/html; charset=utf-8").result(templates.render("newsroom/desk.jte", new DeskView(meta, groups)));
    }

    private DeskView.Group group(String id, String title, Status status, String empty, int limit) {
        return new DeskView.Group(id, title, empty, stories.desk(status, limit).stream().map(this::row).toList());
    }

    private DeskView.Row row(DeskItem item) {
        Story s = item.story();
        return new DeskView.Row("/newsroom/stories/" + s.id(), s.headline(), s.content().slugline(), s.content().urgency(),
                s.version(), site.time(s.embargoUntil() != null ? s.embargoUntil() : s.versionCreated()),
                item.lastActor() == null ? "" : item.lastActor());
    }
}
