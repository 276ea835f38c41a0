package dateline.formats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dateline.story.DeskItem;
import dateline.story.EditorFields;
import dateline.story.Story;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A story as the newsroom API shows it: any status, with its version (to send back with the
 * next change) and the editor's fields, in the same names a client writes them. Times are
 * ISO 8601 with the agency zone's offset.
 */
public final class NewsroomJson {
    private final ZoneId zone;

    public NewsroomJson(ZoneId zone) { this.zone = zone; }

    public ObjectNode story(Story story) {
        ObjectNode out = Json.object();
        out.put("id", story.id());
        out.put("version", story.version());
        out.put("status", story.status().wireName());
        fields(out, EditorFields.of(story.content()));
        out.put("embargoUntil", time(story.embargoUntil()));
        out.put("firstCreated", time(story.firstCreated()));
        out.put("versionCreated", time(story.versionCreated()));
        out.put("url", StoryLinks.path(story.id(), story.slug()));
        return out;
    }

    public ObjectNode item(DeskItem item) {
        return story(item.story()).put("lastActor", item.lastActor());
    }

    /** The fields alone: what {@code POST /api/v1/newsroom/parse} answers. */
    public ObjectNode fields(EditorFields fields) {
        return fields(Json.object(), fields);
    }

    private static ObjectNode fields(ObjectNode out, EditorFields f) {
        out.put("headline", f.headline());
        out.put("standfirst", f.standfirst());
        out.put("place", f.place());
        out.put("section", f.section());
        out.put("body", f.body());
        out.put("byline", f.byline());
        out.put("slugline", f.slugline());
        out.put("urgency", f.urgency());
        return out;
    }

    private String time(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }
}
