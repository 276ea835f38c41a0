package dateline.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The envelope of a page of stories in the API, whatever the format of its items:
 * {@code {"items":[...], "next": cursor, "nextUrl": url}}, camelCase as ninjs is.
 */
public final class StoryListJson {
    private StoryListJson() {}

    public static ObjectNode page(List<? extends JsonNode> items, String nextCursor, String nextUrl) {
        ObjectNode page = Json.object();
        page.putArray("items").addAll(items);
        page.put("next", nextCursor);
        page.put("nextUrl", nextUrl);
        return page;
    }
}
