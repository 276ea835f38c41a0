package dateline.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dateline.formats.Json;
import dateline.formats.NewsroomJson;
import dateline.ingest.CopyImporter;
import dateline.story.EditorFields;
import dateline.story.InvalidInput;
import dateline.story.Newsroom;
import dateline.story.Status;
import dateline.story.Story;
import dateline.story.StoryService;
import dateline.web.AgencyTime;
import dateline.web.Staff;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The newsroom API: every newsroom action is one call. Authenticated by
 * {@code Authorization: Bearer TOKEN} (from {@code dateline user token NAME}) or a browser
 * session with its {@code X-CSRF-Token}. Every change sends the {@code version} it is based on.
 * <pre>
 * curl -H "Authorization: Bearer $TOKEN" -d '{"headline":"Ferries halted","place":"OSLO","section":"world","body":"Ice..."}' \
 *      http://localhost:8080/api/v1/newsroom/stories
 * curl -H "Authorization: Bearer $TOKEN" -d '{"version":1}' http://localhost:8080/api/v1/newsroom/stories/ID/publish
 * </pre>
 */
public final class NewsroomApi {
    private static final Set<String> FIELDS = Set.copyOf(EditorFields.NAMES);
    private final Newsroom newsroom;
    private final StoryService stories;
    private final CopyImporter importer;
    private final NewsroomJson json;
    private final AgencyTime time;

    public NewsroomApi(Newsroom newsroom, StoryService stories, CopyImporter importer, AgencyTime time) {
        this.newsroom = newsroom;
        this.stories = stories;
        this.importer = importer;
        this.json = new NewsroomJson(time.zone());
        this.time = time;
    }

    /** {@code POST /api/v1/newsroom/stories}: a new draft, 201. */
    public void create(Context ctx) {
        RequestJson body = RequestJson.read(ctx.body(), FIELDS);
        Story draft = newsroom.createDraft(fields(body, new EditorFields(null, null, null, null, null, null, null, null)),
                Staff.of(ctx).actor());
        send(ctx.status(201), draft);
    }

    /** {@code GET /api/v1/newsroom/stories?status=draft|scheduled|published|withdrawn&limit=50}. */
    public void list(Context ctx) {
        Status status = status(ctx.queryParam("status"));
        int limit = limit(ctx.queryParam("limit"));
        ArrayNode items = Json.MAPPER.createArrayNode();
        stories.desk(status, limit).forEach(item -> items.add(json.item(item)));
        ctx.contentType("application/json; charset=utf-8").result(Json.write(Json.object().set("items", items)));
    }

    /** {@code GET /api/v1/newsroom/stories/{id}}: any status, with its version. */
    public void one(Context ctx) {
        send(ctx, stories.get(ctx.pathParam("id")));
    }

    /** {@code PUT /api/v1/newsroom/stories/{id}} {@code {"version":N, ...fields}}: fields not sent stay as they are. */
    public void update(Context ctx) {
        RequestJson body = RequestJson.read(ctx.body(), withVersion(FIELDS));
        Story current = stories.get(ctx.pathParam("id"));
        int version = body.version();
        send(ctx, newsroom.edit(current.id(), version, fields(body, newsroom.fields(current)), Staff.of(ctx).actor()));
    }

    /** {@code POST .../{id}/publish} {@code {"version":N}}. */
    public void publish(Context ctx) {
        RequestJson body = RequestJson.read(ctx.body(), Set.of("version"));
        send(ctx, newsroom.publish(ctx.pathParam("id"), body.version(), Staff.of(ctx).actor()));
    }

    /** {@code POST .../{id}/correct} {@code {"version":N, "note":"...", ...fields}}: the note shows on the article. */
    public void correct(Context ctx) {
        Set<String> known = withVersion(FIELDS);
        known.add("note");
        RequestJson body = RequestJson.read(ctx.body(), known);
        Story current = stories.get(ctx.pathParam("id"));
        boolean newText = FIELDS.stream().anyMatch(body::has);
        EditorFields fields = newText ? fields(body, newsroom.fields(current)) : null;
        send(ctx, newsroom.correct(current.id(), body.version(), fields, body.text("note"), Staff.of(ctx).actor()));
    }

    /** {@code POST .../{id}/embargo} {@code {"version":N, "until":"2026-03-29T09:00:00+02:00"}}. */
    public void embargo(Context ctx) {
        RequestJson body = RequestJson.read(ctx.body(), Set.of("version", "until"));
        int version = body.version();
        send(ctx, newsroom.embargo(ctx.pathParam("id"), version, AgencyTime.parseOffset("until", body.text("until")),
                Staff.of(ctx).actor()));
    }

    /** {@code POST .../{id}/withdraw} {@code {"version":N, "note":"..."}}: the article then answers 410 with the note. */
    public void withdraw(Context ctx) {
        RequestJson body = RequestJson.read(ctx.body(), Set.of("version", "note"));
        send(ctx, newsroom.withdraw(ctx.pathParam("id"), body.version(), body.text("note"), Staff.of(ctx).actor()));
    }

    /** {@code POST /api/v1/newsroom/parse} {@code {"copy":"..."}} (or the copy as text/plain): the editor's fields. */
    public void parse(Context ctx) {
        String copy = ctx.body();
        if (ctx.contentType() != null && ctx.contentType().startsWith("application/json")) {
            copy = RequestJson.read(copy, Set.of("copy")).text("copy");
        }
        if (copy == null || copy.isBlank()) throw new InvalidInput("copy: required, the wire copy to read");
        EditorFields fields = importer.fields(copy, LocalDate.now(time.zone()));
        ctx.contentType("application/json; charset=utf-8").result(Json.write(json.fields(fields)));
    }

    private void send(Context ctx, Story story) {
        ctx.contentType("application/json; charset=utf-8").result(Json.write(json.story(story)));
    }

    /** The fields of {@code base} with those the body sends put over them (null clears an optional one). */
    private static EditorFields fields(RequestJson b, EditorFields base) {
        return new EditorFields(
                b.has("headline") ? b.text("headline") : base.headline(),
                b.has("standfirst") ? b.text("standfirst") : base.standfirst(),
                b.has("place") ? b.text("place") : base.place(),
                b.has("section") ? b.text("section") : base.section(),
                b.has("body") ? b.text("body") : base.body(),
                b.has("byline") ? b.text("byline") : base.byline(),
                b.has("slugline") ? b.text("slugline") : base.slugline(),
                b.has("urgency") ? b.integer("urgency") : base.urgency());
    }

    private static Set<String> withVersion(Set<String> fields) {
        Set<String> known = new HashSet<>(fields);
        known.add("version");
        return known;
    }

    static Status status(String raw) {
        if (raw == null || raw.isBlank()) throw new InvalidInput("status: required, one of draft, scheduled, published, withdrawn");
        for (Status s : Status.values()) if (s.wireName().equals(raw.toLowerCase(Locale.ROOT))) return s;
        throw new InvalidInput("status: one of draft, scheduled, published, withdrawn, got " + raw);
    }

    private static int limit(String raw) {
        if (raw == null) return 50;
        try {
            int limit = Integer.parseInt(raw);
            if (limit >= 1 && limit <= 200) return limit;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInput("limit: a whole number from 1 to 200, got " + raw);
    }
}
