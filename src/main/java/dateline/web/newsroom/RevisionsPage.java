package dateline.web.newsroom;

import dateline.story.EditorFields;
import dateline.story.InvalidInput;
import dateline.story.Revision;
import dateline.story.Story;
import dateline.story.StoryService;
import dateline.web.Site;
import dateline.web.Staff;
import dateline.web.Templates;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/** {@code /newsroom/stories/{id}/history?from=1&to=3}: every revision, and a diff between any two. */
public final class RevisionsPage {
    private final StoryService stories;
    private final Site site;
    private final Templates templates;

    public RevisionsPage(StoryService stories, Site site, Templates templates) {
        this.stories = stories;
        this.site = site;
        this.templates = templates;
    }

    public void show(Context ctx) {
        Story story = stories.get(ctx.pathParam("id"));
        int to = version(ctx.queryParam("to"), story.version(), story, "to");
        int from = version(ctx.queryParam("from"), Math.max(1, to - 1), story, "from");
        List<Revision> revisions = stories.history(story.id());
        List<RevisionsView.Row> rows = new ArrayList<>();
        for (Revision r : revisions) {
            rows.add(0, new RevisionsView.Row(r.version(), r.change().wireName(), site.time(r.createdAt()),
                    r.actor() == null ? "" : r.actor(), r.note()));
        }
        List<RevisionsView.Line> diff = RevisionDiff.between(fields(revisions, from), fields(revisions, to)).stream()
                .map(l -> new RevisionsView.Line(l.kind(), l.pieces().stream()
                        .map(p -> new RevisionsView.Piece(p.kind(), p.text())).toList())).toList();
        RevisionsView view = new RevisionsView(DeskMeta.of("History: " + story.headline(), Staff.of(ctx), null),
                story.headline(), "/newsroom/stories/" + story.id(), rows, from, to, diff);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/html; charset=utf-8").result(templates.render("newsroom/revisions.jte", view));
    }

    private static EditorFields fields(List<Revision> revisions, int version) {
        return EditorFields.of(revisions.get(version - 1).content());
    }

    private static int version(String raw, int fallback, Story story, String field) {
        if (raw == null || raw.isBlank()) return fallback;
        try {
            int v = Integer.parseInt(raw);
            if (v >= 1 && v <= story.version()) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInput(field + ": a version from 1 to " + story.version() + ", got " + raw);
    }
}
