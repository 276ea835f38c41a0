package dateline.formats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dateline.story.Story;
import java.util.List;

/**
 * Dateline's own JSON of a story ({@code ?format=dateline}): everything ninjs has no field for,
 * as the parser and the newsroom know it: the dateline as written and its parts, the blocks,
 * the quotes with their speakers, and the entities with their positions.
 */
public final class DatelineJsonWriter {
    private final StoryLinks links;

    public DatelineJsonWriter(StoryLinks links) { this.links = links; }

    public ObjectNode write(Story story) {
        ObjectNode json = Json.object();
        json.put("id", story.id());
        json.put("uri", links.uri(story));
        json.put("url", links.page(story.id(), story.slug()));
        json.put("version", story.version());
        json.put("status", story.status().wireName());
        json.put("firstCreated", story.firstCreated().toString());
        json.put("versionCreated", story.versionCreated().toString());
        json.put("seq", story.seq());
        json.setAll((ObjectNode) Json.MAPPER.valueToTree(story.content()));
        return json;
    }

    /** A page of stories with the cursor of the next one. */
    public ObjectNode page(List<ObjectNode> items, String nextCursor, String nextUrl) {
        ObjectNode page = Json.object();
        page.putArray("items").addAll(items);
        page.put("next", nextCursor);
        page.put("nextUrl", nextUrl);
        return page;
    }
}
