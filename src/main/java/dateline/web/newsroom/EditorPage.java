package dateline.web.newsroom;

import dateline.ingest.CopyImporter;
import dateline.story.InvalidInput;
import dateline.story.Newsroom;
import dateline.story.Sections;
import dateline.story.Story;
import dateline.story.StoryService;
import dateline.story.VersionConflict;
import dateline.web.AgencyTime;
import dateline.web.Staff;
import dateline.web.Templates;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.Map;

/**
 * The editor form: {@code /newsroom/new} (with pasted wire copy read into the fields for review),
 * {@code /newsroom/stories/{id}/edit} and {@code .../correct}. Bad input comes back in the form
 * with a message next to each field; nothing is stored.
 */
public final class EditorPage {
    private final Newsroom newsroom;
    private final StoryService stories;
    private final CopyImporter importer;
    private final Templates templates;
    private final AgencyTime time;

    public EditorPage(Newsroom newsroom, StoryService stories, CopyImporter importer, Templates templates, AgencyTime time) {
        this.newsroom = newsroom;
        this.stories = stories;
        this.importer = importer;
        this.templates = templates;
        this.time = time;
    }

    public void newForm(Context ctx) {
        render(ctx, 200, form(ctx, "new", null, EditorForm.empty(), "", "", Map.of(), null));
    }

    /** Pasted wire copy, structured by the parser, back in the form for review. */
    public void parse(Context ctx) {
        String copy = ctx.formParam("copy");
        try {
            if (copy == null || copy.isBlank()) throw new InvalidInput("copy: paste the wire copy first");
            var fields = EditorForm.of(importer.fields(copy, LocalDate.now(time.zone())));
            render(ctx, 200, form(ctx, "new", null, fields, "", copy, Map.of(), null));
        } catch (InvalidInput e) {
            render(ctx, 400, form(ctx, "new", null, EditorForm.empty(), "", copy, EditorForm.problems(e), null));
        }
    }

    public void create(Context ctx) {
        EditorView.Fields fields = EditorForm.read(ctx);
        try {
            Story draft = newsroom.createDraft(EditorForm.fields(fields), Staff.of(ctx).actor());
            ctx.redirect("/newsroom/stories/" + draft.id() + "?done=created", HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            render(ctx, 400, form(ctx, "new", null, fields, "", "", EditorForm.problems(e), null));
        }
    }

    public void editForm(Context ctx) {
        Story story = stories.get(ctx.pathParam("id"));
        render(ctx, 200, form(ctx, mode(ctx), story, EditorForm.of(newsroom.fields(story)), "", "", Map.of(), null));
    }

    /** Saves an edit, or publishes a correction with its note. */
    public void save(Context ctx) {
        Story story = stories.get(ctx.pathParam("id"));
        EditorView.Fields fields = EditorForm.read(ctx);
        String note = ctx.formParam("note");
        String mode = mode(ctx);
        try {
            int version = EditorForm.version(ctx);
            var actor = Staff.of(ctx).actor();
            if (mode.equals("correct")) newsroom.correct(story.id(), version, EditorForm.fields(fields), note, actor);
            else newsroom.edit(story.id(), version, EditorForm.fields(fields), actor);
            ctx.redirect("/newsroom/stories/" + story.id() + "?done=" + (mode.equals("correct") ? "corrected" : "saved"), HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            render(ctx, 400, form(ctx, mode, story, fields, note, "", EditorForm.problems(e), null));
        } catch (VersionConflict e) {
            // The form keeps what this editor typed; they can compare with the new version and save again.
            Story now = stories.get(story.id());
            render(ctx, 409, form(ctx, mode, now, fields, note, "", Map.of(), "Someone saved this story while you were editing: it is at version "
                    + now.version() + (e.changed().isEmpty() ? "" : " (changed: " + String.join(", ", e.changed()) + ")")
                    + ". Your text is below; check the story's history, then save again."));
        }
    }

    private static String mode(Context ctx) {
        return ctx.path().endsWith("/correct") ? "correct" : "edit";
    }

    private EditorView form(Context ctx, String mode, Story story, EditorView.Fields fields, String note, String copy,
                            Map<String, String> problems, String formError) {
        String heading = switch (mode) {
            case "new" -> "New story";
            case "correct" -> "Correct: " + story.headline();
            default -> "Edit: " + story.headline();
        };
        String action = story == null ? "/newsroom/new" : "/newsroom/stories/" + story.id() + "/" + mode;
        String cancel = story == null ? "/newsroom" : "/newsroom/stories/" + story.id();
        String error = formError != null ? formError : problems.get("form");
        return new EditorView(DeskMeta.of(heading, Staff.of(ctx), null), heading, action, mode,
                story == null ? 0 : story.version(), fields, note == null ? "" : note, copy == null ? "" : copy, problems,
                error, Sections.known(), cancel);
    }

    private void render(Context ctx, int status, EditorView view) {
        ctx.header("Cache-Control", "no-store");
        ctx.status(status).contentType("text/html; charset=utf-8").result(templates.render("newsroom/editor.jte", view));
    }
}
